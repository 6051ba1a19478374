interface Names {
  readonly familyName: string;
  readonly givenName: string;
  readonly nativeName?: string | null;
  readonly katakanaName?: string | null;
}

/** "HUSSAIN Amina" as written in Latin letters: the family name first, in capitals. */
export function latinName(names: Names): string {
  return [names.familyName.toUpperCase(), names.givenName].filter((part) => part.trim() !== '').join(' ');
}

/** A person's names in every script recorded: Latin, the native script, the katakana reading. */
export function ClientNames({ names, inline = false }: { readonly names: Names; readonly inline?: boolean }) {
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag className="client-names">
      <span className="name-latin">{latinName(names)}</span>
      {names.nativeName ? (
        <>
          {inline ? ' ' : null}
          <span className="name-native" dir="auto">
            {names.nativeName}
          </span>
        </>
      ) : null}
      {names.katakanaName ? (
        <>
          {inline ? ' ' : null}
          <span className="name-kana" lang="ja">
            {names.katakanaName}
          </span>
        </>
      ) : null}
    </Tag>
  );
}
