package io.clausewarden.redline;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/** Word-level minimal changes between two texts. */
final class WordDiff {
    /** Below this share of kept words (in texts of at least {@link #MIN_WORDS_FOR_REWRITE} words) one replacement reads better. */
    private static final double REWRITE_KEPT_SHARE = 0.2;
    private static final int MIN_WORDS_FOR_REWRITE = 5;

    private WordDiff() {
    }

    /** Changes in ascending order of offset; applying them all to {@code original} gives {@code suggested}. */
    static List<TextChange> changes(String original, String suggested) {
        List<String> a = Tokens.of(original);
        List<String> b = Tokens.of(suggested);
        List<TextChange> raw = new ArrayList<>();
        int[] aOffsets = offsets(a);
        int[] bOffsets = offsets(b);
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int aPos = delta.getSource().getPosition();
            int bPos = delta.getTarget().getPosition();
            String deleted = original.substring(aOffsets[aPos], aOffsets[aPos + delta.getSource().size()]);
            String inserted = suggested.substring(bOffsets[bPos], bOffsets[bPos + delta.getTarget().size()]);
            raw.add(new TextChange(aOffsets[aPos], deleted, inserted));
        }
        raw.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
        List<TextChange> merged = mergeAcrossWhitespace(original, raw);
        return isRewrite(a, merged) ? List.of(rewrite(original, suggested, merged)) : merged;
    }

    private static int[] offsets(List<String> tokens) {
        int[] offsets = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            offsets[i + 1] = offsets[i] + tokens.get(i).length();
        }
        return offsets;
    }

    /** Two changes separated only by whitespace read as one ("a b" to "c d" is one replacement, not two). */
    private static List<TextChange> mergeAcrossWhitespace(String original, List<TextChange> changes) {
        List<TextChange> out = new ArrayList<>();
        for (TextChange c : changes) {
            if (!out.isEmpty()) {
                TextChange last = out.get(out.size() - 1);
                String between = original.substring(last.end(), c.offset());
                if (between.isBlank() && !between.isEmpty()) {
                    out.set(out.size() - 1, new TextChange(last.offset(), last.deleted() + between + c.deleted(),
                            last.inserted() + between + c.inserted()));
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    private static boolean isRewrite(List<String> originalTokens, List<TextChange> changes) {
        if (changes.size() < 2) {
            return false;
        }
        long words = originalTokens.stream().filter(Tokens::isWordLike).count();
        long deletedWords = changes.stream().flatMap(c -> Tokens.of(c.deleted()).stream()).filter(Tokens::isWordLike).count();
        return words >= MIN_WORDS_FOR_REWRITE && (words - deletedWords) < REWRITE_KEPT_SHARE * words;
    }

    /** One change from the first changed offset to the last, keeping the common prefix and suffix. */
    private static TextChange rewrite(String original, String suggested, List<TextChange> changes) {
        int start = changes.get(0).offset();
        int end = changes.get(changes.size() - 1).end();
        int suffix = original.length() - end;
        return new TextChange(start, original.substring(start, end),
                suggested.substring(start, suggested.length() - suffix));
    }
}
