import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { FileStorage, LocalDiskStorage } from './file-storage';

/** The file storage every process shares: the local-disk adapter under FILE_STORAGE_DIR. */
@Global()
@Module({
  providers: [{ provide: FileStorage, useFactory: (config: AppConfig) => new LocalDiskStorage(config.FILE_STORAGE_DIR), inject: [AppConfig] }],
  exports: [FileStorage],
})
export class StorageModule {}
