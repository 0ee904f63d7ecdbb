import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { AccessEpochService, JobQueue } from '@crm/platform';
import { checkAdminToken, tokenOf } from './admin-token';

export const DASHBOARD_PATH = '/admin/queues';

/** Mounts the BullMQ dashboard (waiting, active, failed jobs; retry) behind the queue-admin check. */
export function mountQueueDashboard(app: INestApplication): void {
  const jwt = app.get(JwtService);
  const epochs = app.get(AccessEpochService);
  const serverAdapter = new ExpressAdapter().setBasePath(DASHBOARD_PATH);
  createBullBoard({ queues: [new BullMQAdapter(app.get(JobQueue).queue)], serverAdapter });

  const requireQueueAdmin = (req: Request, res: Response, next: NextFunction) => {
    checkAdminToken(jwt, epochs, tokenOf(req.headers, req.cookies as Record<string, string> | undefined)).then((check) => {
      if (check.ok) return next();
      res.status(check.status).json({ code: check.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', message: check.message });
    }, next);
  };
  app.use(DASHBOARD_PATH, cookieParser(), requireQueueAdmin, serverAdapter.getRouter());
}
