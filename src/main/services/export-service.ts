import type { ExportRequest, ExportResult } from '../../shared/api'
import { AppError } from '../errors'
import type { Platform } from '../platform'
import type { Store } from '../store/store'
import type { LibraryService } from './library-service'

export class ExportService {
  constructor(
    private readonly store: Store,
    private readonly library: LibraryService,
    private readonly platform: Platform
  ) {}

  async exportWithDialog(_req: ExportRequest): Promise<ExportResult> {
    void this.store
    void this.library
    void this.platform
    throw new AppError('internal', 'Export is being built.')
  }
}
