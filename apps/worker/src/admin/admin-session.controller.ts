import { Body, Controller, Delete, ForbiddenException, HttpCode, Post, Res, UnauthorizedException, UsePipes, ValidationPipe } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { IsJWT } from 'class-validator';
import type { Response } from 'express';
import { AccessEpochService, AppConfig } from '@crm/platform';
import { ADMIN_COOKIE, checkAdminToken } from './admin-token';

export class AdminSessionInput {
  @IsJWT()
  accessToken: string;
}

/**
 * Signs a browser in to the queue dashboard: the access token goes into an httpOnly cookie scoped
 * to /admin, so the dashboard's own requests carry it. It lasts as long as the token.
 */
@Controller('admin/session')
export class AdminSessionController {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly epochs: AccessEpochService,
  ) {}

  @Post()
  @HttpCode(204)
  @UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }))
  async signIn(@Body() input: AdminSessionInput, @Res({ passthrough: true }) res: Response): Promise<void> {
    const check = await checkAdminToken(this.jwt, this.epochs, input.accessToken);
    if (!check.ok) {
      const body = { code: check.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', message: check.message };
      throw check.status === 401 ? new UnauthorizedException(body) : new ForbiddenException(body);
    }
    const expires = (this.jwt.decode<{ exp?: number }>(input.accessToken).exp ?? 0) * 1000;
    res.cookie(ADMIN_COOKIE, input.accessToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.NODE_ENV === 'production',
      path: '/admin',
      ...(expires > Date.now() ? { expires: new Date(expires) } : {}),
    });
  }

  @Delete()
  @HttpCode(204)
  signOut(@Res({ passthrough: true }) res: Response): void {
    res.clearCookie(ADMIN_COOKIE, { path: '/admin' });
  }
}
