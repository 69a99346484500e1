// A short digest of text, for telling whether something the add-on wrote is still as it was
// without keeping it whole in a document property: SHA-256 through Utilities.computeDigest, which
// Apps Script runs natively (hashing megabytes in script costs seconds).

/** Pieces of text, digested together once all are in. */
export class Digest {
  private readonly parts: string[] = [];

  add(text: string): this {
    this.parts.push(text);
    return this;
  }

  toString(): string {
    const bytes = Utilities.computeDigest(
      Utilities.DigestAlgorithm.SHA_256,
      this.parts.join(''),
      Utilities.Charset.UTF_8,
    );
    return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
  }
}
