import { z } from 'zod';
import { PublishedBasis, claimFormatFields } from './schema';

/** One claim of a gold annotation file, exactly as ../shared/gold/FORMAT.md defines it. */
export const GoldClaim = z.object(claimFormatFields);
export type GoldClaim = z.infer<typeof GoldClaim>;

/** One report of a gold annotation file. */
export const GoldReport = z.object({
  file: z.string().min(1),
  outlet: z.string(),
  outlet_ar: z.string().nullable(),
  outlet_basis: z.string().optional(),
  published: z.string().nullable(),
  published_basis: PublishedBasis,
  claims: z.array(GoldClaim),
});
export type GoldReport = z.infer<typeof GoldReport>;

export const GoldFile = z.object({ reports: z.array(GoldReport) });
export type GoldFile = z.infer<typeof GoldFile>;

/** The FORMAT fields of a claim, in FORMAT's order: what a gold claim and a dataset claim must agree on. */
export const FORMAT_FIELDS = Object.keys(GoldClaim.shape) as Array<keyof GoldClaim>;
