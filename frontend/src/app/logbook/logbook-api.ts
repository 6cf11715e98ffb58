import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { LogbookAttachment, LogbookCategory } from '../core/models';

/**
 * The logbook calls beyond its entries (those are in core/api.ts, also used by the offline
 * queue): photos and PDF joined to entries, and the categories each structure offers.
 */
@Injectable({ providedIn: 'root' })
export class LogbookApi {
  private readonly http = inject(HttpClient);

  /** The categories offered in this patient's logbook, in the order the form shows them. */
  categories(fileId: string): Observable<LogbookCategory[]> {
    return this.http.get<LogbookCategory[]>(`/api/patients/${fileId}/logbook/categories`);
  }

  /** Stores a file for an entry about to be written; the server finds its type in its content. */
  upload(fileId: string, file: File): Observable<LogbookAttachment> {
    return this.http.post<LogbookAttachment>(`/api/patients/${fileId}/logbook/attachments`, file, {
      params: { name: file.name },
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    });
  }

  /** The bytes of an attachment, with their real type. */
  attachment(fileId: string, attachmentId: string): Observable<Blob> {
    return this.http.get(`/api/patients/${fileId}/logbook/attachments/${attachmentId}`, {
      responseType: 'blob',
    });
  }

  /** The categories a structure offers, in order (all of them until its admins choose). */
  structureCategories(structureId: string): Observable<LogbookCategory[]> {
    return this.http
      .get<CategoryChoice>(`/api/directory/structures/${structureId}/logbook-categories`)
      .pipe(map((choice) => choice.categories));
  }

  /** For the structure's admins: the categories its logbooks offer, in order. */
  chooseCategories(
    structureId: string,
    categories: LogbookCategory[],
  ): Observable<LogbookCategory[]> {
    return this.http
      .put<CategoryChoice>(`/api/directory/structures/${structureId}/logbook-categories`, {
        categories,
      } satisfies CategoryChoice)
      .pipe(map((choice) => choice.categories));
  }
}

interface CategoryChoice {
  categories: LogbookCategory[];
}
