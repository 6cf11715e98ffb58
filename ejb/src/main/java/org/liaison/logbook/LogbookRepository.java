package org.liaison.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.kernel.NativeUpdates;
import org.liaison.kernel.SqlValues;

/** Queries of logbook entries and their read receipts. */
@ApplicationScoped
public class LogbookRepository {

  @PersistenceContext private EntityManager em;

  void add(LogbookEntry entry) {
    em.persist(entry);
  }

  Optional<LogbookEntry> entry(UUID id) {
    return Optional.ofNullable(em.find(LogbookEntry.class, id));
  }

  Optional<LogbookEntry> byClientKey(UUID authorId, UUID clientKey) {
    return em.createQuery(
            "select e from LogbookEntry e where e.authorId = :a and e.clientKey = :k",
            LogbookEntry.class)
        .setParameter("a", authorId)
        .setParameter("k", clientKey)
        .getResultStream()
        .findFirst();
  }

  /** Newest first. */
  List<LogbookEntry> page(UUID fileId, int offset, int limit) {
    return em.createQuery(
            "select e from LogbookEntry e where e.fileId = :f order by e.writtenAt desc, e.id desc",
            LogbookEntry.class)
        .setParameter("f", fileId)
        // shown, never changed: no snapshot to keep, nothing to compare at commit
        .setHint("org.hibernate.readOnly", true)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  long count(UUID fileId) {
    return em.createQuery("select count(e) from LogbookEntry e where e.fileId = :f", Long.class)
        .setParameter("f", fileId)
        .getSingleResult();
  }

  /** For each entry, the entries correcting it, oldest first: (corrected, correction). */
  List<Object[]> corrections(Collection<UUID> entryIds) {
    return byEntries(
        "select corrects_id, id from logbook_entry where corrects_id = any(cast(? as uuid[]))"
            + " order by written_at",
        entryIds);
  }

  /** Who read these entries and when, oldest reading first: (entry, professional, read at). */
  List<Object[]> reads(Collection<UUID> entryIds) {
    return byEntries(
        "select entry_id, professional_id, read_at from logbook_read"
            + " where entry_id = any(cast(? as uuid[])) order by read_at",
        entryIds);
  }

  /** The attachments of these entries as listed, without their content. */
  List<Object[]> attachmentsOf(Collection<UUID> entryIds) {
    return byEntries(
        "select entry_id, id, name, media_type, size_bytes from logbook_attachment"
            + " where entry_id = any(cast(? as uuid[])) order by uploaded_at",
        entryIds);
  }

  /** A native query of rows about a page's entries: one statement, prepared once, any page. */
  private List<Object[]> byEntries(String sql, Collection<UUID> entryIds) {
    if (entryIds.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(sql).setParameter(1, SqlValues.uuidArray(entryIds)).getResultList();
    return rows;
  }

  /**
   * Records that the professional read these entries, in one statement (the first reading is kept
   * if another transaction recorded one meanwhile).
   */
  void markRead(List<UUID> entryIds, UUID professionalId, Instant at) {
    if (entryIds.isEmpty()) {
      return;
    }
    // One parameter for all the ids: one short statement, whatever the page.
    NativeUpdates.execute(
        em.createNativeQuery(
                "insert into logbook_read (entry_id, professional_id, read_at)"
                    + " select e, ?, ? from unnest(cast(? as uuid[])) e on conflict do nothing")
            .setParameter(1, professionalId)
            .setParameter(2, at)
            .setParameter(3, SqlValues.uuidArray(entryIds)),
        "logbook_read");
  }

  long unread(UUID fileId, UUID professionalId) {
    return em.createQuery(
            "select count(e) from LogbookEntry e where e.fileId = :f and e.authorId <> :p"
                + " and not exists (select r from LogbookRead r"
                + " where r.entryId = e.id and r.professionalId = :p)",
            Long.class)
        .setParameter("f", fileId)
        .setParameter("p", professionalId)
        .getSingleResult();
  }

  /** Per file, the entries of others the professional has not read (files with none left out). */
  List<Object[]> unreadByFile(List<UUID> fileIds, UUID professionalId) {
    if (fileIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e.fileId, count(e) from LogbookEntry e where e.fileId in :f"
                + " and e.authorId <> :p and not exists (select r from LogbookRead r"
                + " where r.entryId = e.id and r.professionalId = :p) group by e.fileId",
            Object[].class)
        .setParameter("f", fileIds)
        .setParameter("p", professionalId)
        .getResultList();
  }

  void add(LogbookAttachment attachment) {
    em.persist(attachment);
  }

  Optional<LogbookAttachment> attachment(UUID id) {
    return Optional.ofNullable(em.find(LogbookAttachment.class, id));
  }

  /** The categories a structure chose, in its order (empty: it chose none). */
  List<LogbookCategory> categoriesOf(UUID structureId) {
    List<?> rows =
        em.createNativeQuery(
                "select category from logbook_category_choice where structure_id = :s"
                    + " order by position")
            .setParameter("s", structureId)
            .getResultList();
    return rows.stream().map(r -> LogbookCategory.valueOf((String) r)).toList();
  }

  void replaceCategories(UUID structureId, List<LogbookCategory> categories) {
    NativeUpdates.execute(
        em.createNativeQuery("delete from logbook_category_choice where structure_id = :s")
            .setParameter("s", structureId),
        "logbook_category_choice");
    for (int i = 0; i < categories.size(); i++) {
      NativeUpdates.execute(
          em.createNativeQuery(
                  "insert into logbook_category_choice (structure_id, category, position)"
                      + " values (:s, :c, :p)")
              .setParameter("s", structureId)
              .setParameter("c", categories.get(i).name())
              .setParameter("p", i),
          "logbook_category_choice");
    }
  }
}
