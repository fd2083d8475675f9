import { createHash } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { ConflictException, Injectable } from '@nestjs/common';
import { detectLanguage, normalizeArabic, type PreparedText, type TextFingerprint } from '@claimline/extraction';
import type { Language } from '@claimline/contracts';
import type { NewFramingRow } from '../claim-writes/claim-writes.repository.js';
import { ConflictScope } from '../conflicts/conflict-scope.js';
import { ExtractorProvider, type ExtractionSnapshot } from '../sources/extractor.provider.js';
import { StoriesService } from '../stories/stories.service.js';
import { ArticlesRepository } from './articles.repository.js';
import { clip, planExtractedClaims, planManualClaims, type PlannedClaim } from './claim-planning.js';
import type { CreateArticleDto } from './dto/article-input.dto.js';

export type ArticleInput = CreateArticleDto & { publishedEstimated?: boolean };

/** 409 body: `{ message, existingId }`. */
export class DuplicateArticleException extends ConflictException {
  constructor(readonly existingId: number) {
    super({ message: `This article is already stored (article ${existingId})`, existingId });
  }
}

const contentHashOf = (body: string): string => createHash('sha256').update(normalizeArabic(body)).digest('hex');

export type PreparedArticle = {
  input: ArticleInput;
  conflictId: string;
  contentHash: string;
  language: Language;
  planned: PlannedClaim[];
  framing: NewFramingRow[];
  print: TextFingerprint;
};
/** An article's extraction and fingerprint as prepareBatch() had them made, with the extractor that made them. */
type Extracted = { snapshot: ExtractionSnapshot; prepared: PreparedText };

/** A batch's articles as `prepareBatch` left them: each prepared, or the error that refused it. */
export type PreparedBatch = { prepared: (PreparedArticle | null)[]; errors: unknown[] };

/**
 * What ingestion does to an article before it writes anything: its content hash, extraction, claim planning and
 * near-duplicate fingerprint. A lone article (the API) is prepared here just before its transaction; an import's
 * batches through prepareBatch(), the next one while ArticleIngestionService writes the one before.
 */
@Injectable()
export class ArticlePreparation {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly extractorProvider: ExtractorProvider,
    private readonly scope: ConflictScope,
    private readonly stories: StoriesService,
  ) {}

  /**
   * The CPU half of a batch (hashes, extraction, claim planning, fingerprints), reading nothing the batch
   * writes: an import prepares its next batch while the previous one is being written. Extraction and
   * fingerprints run on the prepare thread (extractBatch); the rest yields between articles so that the
   * write's replies are never held up by more than one article's planning.
   */
  async prepareBatch(inputs: readonly ArticleInput[]): Promise<PreparedBatch> {
    const extracted = await this.extractBatch(inputs);
    const batch: PreparedBatch = { prepared: [], errors: [] };
    for (let i = 0; i < inputs.length; i++) {
      await setImmediate();
      try {
        batch.prepared.push(await this.prepare(inputs[i], null, extracted[i]));
        batch.errors.push(null);
      } catch (error) {
        batch.prepared.push(null);
        batch.errors.push(error);
      }
    }
    return batch;
  }

  /**
   * The batch's extractions and fingerprints, conflict by conflict, from the prepare thread (ExtractorProvider):
   * the CPU-heavy part of preparing, done on the other core while this one writes the batch before. Undefined for
   * an article whose conflict does not resolve: prepare() reports why.
   */
  private async extractBatch(inputs: readonly ArticleInput[]): Promise<(Extracted | undefined)[]> {
    const byConflict = new Map<string, number[]>();
    inputs.forEach((input, index) => {
      let conflictId: string;
      try {
        conflictId = this.scope.resolve(input.conflict);
      } catch {
        return;
      }
      const indexes = byConflict.get(conflictId);
      if (indexes) indexes.push(index);
      else byConflict.set(conflictId, [index]);
    });
    const extracted = new Array<Extracted | undefined>(inputs.length);
    for (const [conflictId, indexes] of byConflict) {
      const snapshot = await this.extractorProvider.get(conflictId);
      const texts = indexes.map((index) => ({
        text: inputs[index].body,
        options: { publishedAt: inputs[index].publishedAt, language: inputs[index].language },
      }));
      const prepared = await this.extractorProvider.prepareTexts(snapshot, texts);
      indexes.forEach((index, at) => (extracted[index] = { snapshot, prepared: prepared[at] }));
    }
    return extracted;
  }

  /**
   * Everything that needs no transaction: hash, duplicate check (unless `duplicates` is null: a batch checks
   * them when it is written), extraction and claim planning.
   */
  async prepare(input: ArticleInput, duplicates?: null, extracted?: Extracted): Promise<PreparedArticle> {
    const contentHash = contentHashOf(input.body);
    const existing = duplicates === null ? null : await this.articles.findIdByHash(contentHash);
    if (existing !== null) throw new DuplicateArticleException(existing);
    const conflictId = this.scope.resolve(input.conflict);
    const snapshot = extracted?.snapshot ?? (await this.extractorProvider.get(conflictId));
    const publishedAt = input.publishedAt;
    const made = extracted?.prepared;
    if (made && 'error' in made) throw new Error(made.error);
    // Framing is an article-level count: computed even when the analyst supplies the claims.
    const result = made ? made.result : snapshot.extract(input.body, { publishedAt, language: input.language });
    const language: Language = input.language ?? result.language ?? detectLanguage(input.body);
    const planned = input.claims
      ? planManualClaims(input, input.claims, result)
      : planExtractedClaims(result, snapshot, publishedAt);
    const framing: NewFramingRow[] = result.framing.map((f) => ({
      campId: f.camp,
      label: clip(f.label, 120),
      voice: f.voice,
      tone: f.tone,
      count: f.count,
    }));
    return {
      input,
      conflictId,
      contentHash,
      language,
      planned,
      framing,
      print: made
        ? this.stories.keepFingerprint(contentHash, made.print)
        : this.stories.fingerprint(input.body, contentHash),
    };
  }
}
