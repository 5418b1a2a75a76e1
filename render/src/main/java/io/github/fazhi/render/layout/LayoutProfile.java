package io.github.fazhi.render.layout;

import java.util.Objects;

/**
 * Every layout decision of the DOCX renderer in one immutable value: paper, margins, the document grid,
 * the font of each element (East Asian and Latin names, size in half-points), the first-line indent, the
 * page-number format, the sign-off geometry and whether the addressee (主送机关) line is printed.
 *
 * <p>{@link #gbt9704()} is the GB/T 9704-2012 layout and the renderer's default; {@link #localPlainFonts()}
 * is the common local variant that names the fonts every Windows machine has (仿宋, 楷体, 黑体, 宋体) instead of
 * the {@code _GB2312} ones. Fonts are only named in the document, never embedded: the machine that opens it
 * must have them (Word and WPS substitute a similar font otherwise).
 *
 * <pre>{@code
 * LayoutProfile web = LayoutProfile.gbt9704().toBuilder().addresseeLine(false).build();
 * LayoutProfile bold = LayoutProfile.gbt9704().toBuilder()
 *         .heading2(new LayoutProfile.Font("楷体_GB2312", "Times New Roman", 32, true))
 *         .build();
 * web.marginLeftTwips(); // 1588
 * web.linePitchTwips();  // 579: 22 lines in the 225 mm type area
 * }</pre>
 *
 * <h2>Units</h2>
 * Lengths are given in millimetres and converted to twips (1/20 pt) the way Word does when one types
 * centimetres into its page-setup dialog: first to points rounded to 0.1 pt, then to twips. So 210 × 297 mm
 * is 11906 × 16838 twips and the GB/T 9704 margins 37/35/28/26 mm are 2098/1984/1588/1474 twips.
 *
 * <h2>Grid</h2>
 * By default ({@link GridMode#LINES_AND_CHARACTER_SPACING}) the section gets a {@code w:docGrid} of type
 * {@code lines} and body text is condensed by {@link #characterSpacingTwentieths()} (−0.25 pt) so that 28
 * characters fill a line in every word processor. With {@link GridMode#CHARACTER_GRID} the grid is of type
 * {@code linesAndChars}, as Word's page setup writes it: {@code linePitch} is the type area's
 * height divided by {@link #linesPerPage()}, rounded down so that all lines fit (579 twips for 22 lines);
 * {@code charSpace} is the extra width per character, in 1/4096 pt, that makes {@link #charsPerLine()}
 * characters of the body font fill the type area's width, rounded down likewise (−849 for 28 characters of
 * 16 pt over 442.2 pt), as ECMA-376 defines {@code w:charSpace} and as Word's page setup computes it for
 * "每行 28 字". LibreOffice (seen with 7.4) lays a character that is wider than the grid pitch over two grid
 * cells, so with this negative {@code charSpace} it shows far fewer characters a line than 28: a limitation
 * of its DOCX import, not of the document.
 *
 * <h2>Sign-off (GB/T 9704-2012 §7.3.5.2, unsealed)</h2>
 * {@link #signOffBlankLines()} blank lines after the body; each issuer on its own line, right-aligned
 * {@link #signOffRightChars()} characters in from the right edge; the date on the next line, left-aligned so
 * that its first character stands {@link #signOffDateShiftChars()} characters right of the first character
 * of the widest name (at {@code 28 − 2 − N + 2} for a name of {@code N} characters). When the date is too long
 * for that ({@code D > N − 2}, counting a digit as half a character) the date is right-aligned 2 characters in
 * and the names move left to start 2 characters before it. The sign-off keeps with the last body paragraph,
 * so it never stands alone on a page.
 *
 * <h2>Sign-off with a seal (§7.3.5.1)</h2>
 * With {@link SignOffLayout#SEALED}: {@link #sealedSignOffBlankLines()} blank lines after the body, the date
 * right-aligned {@link #sealedDateRightChars()} characters in from the right edge (右空四字) and each issuer name
 * centred over the date ({@link SignOffGeometry#sealed}); the seal itself is stamped later, by hand or by an
 * electronic-seal system.
 *
 * <h2>Fonts in PDF and OFD</h2>
 * DOCX only names its fonts. The PDF and OFD renderers embed them, so they must find each named font on the
 * machine: {@link #faces()} lists, for each name, the names to try after it ({@code 仿宋_GB2312} → {@code 仿宋} →
 * {@code FangSong} → free faces such as FandolFang or AR PL UMing) and, optionally, the font file to use.
 * Before anything is written every character is checked against the face chosen for it; {@link #glyphPolicy()}
 * says whether a missing one is an error (the default) or is taken from the next face that has it, with a
 * warning.
 *
 * <h2>Page numbers (§7.5)</h2>
 * {@code — n —} in the {@link #pageNumber()} font, 4号 宋体 for the digits too (the standard asks for
 * half-width 宋体 digits here, the one place where digits are not in Times New Roman); odd pages right-aligned
 * and even pages left-aligned, {@link #pageNumberIndentChars()} character in, in separate odd and even footers
 * ({@code w:evenAndOddHeaders}).
 *
 * @param paperWidthMm paper width (A4: 210)
 * @param paperHeightMm paper height (A4: 297)
 * @param marginTopMm top margin, 天头 (37)
 * @param marginBottomMm bottom margin (35)
 * @param marginLeftMm left (binding) margin, 订口 (28)
 * @param marginRightMm right margin (26)
 * @param linesPerPage lines per page of the document grid (22)
 * @param charsPerLine characters per line of the document grid (28)
 * @param title the title's font (2号 方正小标宋简体, centred)
 * @param body body text, addressee and sign-off (3号 仿宋_GB2312)
 * @param heading1 level-1 headings 一、 (3号 黑体)
 * @param heading2 level-2 headings （一） (3号 楷体_GB2312)
 * @param heading3 level-3 headings 1. (3号 仿宋_GB2312)
 * @param heading4 level-4 headings （1） (3号 仿宋_GB2312)
 * @param pageNumber page numbers (4号 宋体, digits half-width 宋体 too)
 * @param firstLineIndentChars first-line indent of body paragraphs and headings, in characters (2)
 * @param splitLongTitle whether a one-line title too long for one line is split at phrase boundaries
 * @param pageNumberPrefix printed before the number ({@code "— "})
 * @param pageNumberSuffix printed after the number ({@code " —"})
 * @param pageNumberIndentChars how far odd page numbers stand in from the right edge and even ones from the
 *     left edge of the type area, in characters of the page-number font (1)
 * @param pageNumberOffsetMm distance from the bottom of the type area to the page number (7)
 * @param signOffBlankLines blank lines between the body and the issuer's name (1)
 * @param signOffRightChars how far the issuer's name stands in from the right edge, in characters (2)
 * @param signOffDateShiftChars how far right of the name's first character the date starts (2)
 * @param addresseeLine whether the 主送机关 line is printed after the title (the submission version) or not
 *     (the web version)
 * @param gridMode how the DOCX grid is made
 * @param signOffLayout the unsealed (§7.3.5.2, default) or the sealed (§7.3.5.1) sign-off
 * @param sealedSignOffBlankLines blank lines between the body and the issuer's name when sealed (2)
 * @param sealedDateRightChars how far the date stands in from the right edge when sealed, in characters (4)
 * @param faces where the PDF and OFD renderers find each named font: fallback names and file paths
 * @param glyphPolicy what the PDF and OFD renderers do when a face lacks a character
 */
public record LayoutProfile(
        double paperWidthMm,
        double paperHeightMm,
        double marginTopMm,
        double marginBottomMm,
        double marginLeftMm,
        double marginRightMm,
        int linesPerPage,
        int charsPerLine,
        Font title,
        Font body,
        Font heading1,
        Font heading2,
        Font heading3,
        Font heading4,
        Font pageNumber,
        int firstLineIndentChars,
        boolean splitLongTitle,
        String pageNumberPrefix,
        String pageNumberSuffix,
        int pageNumberIndentChars,
        double pageNumberOffsetMm,
        int signOffBlankLines,
        int signOffRightChars,
        int signOffDateShiftChars,
        boolean addresseeLine,
        GridMode gridMode,
        SignOffLayout signOffLayout,
        int sealedSignOffBlankLines,
        int sealedDateRightChars,
        FontFaces faces,
        GlyphPolicy glyphPolicy) {

    /**
     * How the 22 × 28 grid is made.
     *
     * <p>Word's "每行 28 字" is a character grid ({@code w:docGrid w:type="linesAndChars"}) whose pitch is
     * narrower than a 16 pt character. LibreOffice (seen with 7.4) lays every character wider than the pitch
     * over two grid cells, so such a document shows about 14 characters a line there. The default,
     * {@link #LINES_AND_CHARACTER_SPACING}, reaches 28 characters a line in Word, WPS and LibreOffice alike.
     */
    public enum GridMode {
        /**
         * A line grid ({@code w:type="lines"}) for the 22 lines, and character spacing condensed by
         * {@link LayoutProfile#characterSpacingTwentieths()} so that 28 body characters fill a line. The default.
         */
        LINES_AND_CHARACTER_SPACING,
        /** Word's character grid ({@code w:type="linesAndChars"} with {@link LayoutProfile#charSpace()}). */
        CHARACTER_GRID
    }

    /**
     * Which sign-off layout of GB/T 9704-2012 §7.3.5 is used.
     *
     * <pre>{@code
     * LayoutProfile sealed = LayoutProfile.gbt9704().toBuilder().signOffLayout(SignOffLayout.SEALED).build();
     * }</pre>
     */
    public enum SignOffLayout {
        /**
         * §7.3.5.2, without a seal: the issuer {@link LayoutProfile#signOffBlankLines()} blank lines below the body
         * and {@link LayoutProfile#signOffRightChars()} characters in from the right, the date on the next line
         * {@link LayoutProfile#signOffDateShiftChars()} characters right of the name's first character. The default.
         */
        UNSEALED,
        /**
         * §7.3.5.1, with a seal: the date {@link LayoutProfile#sealedDateRightChars()} characters in from the right
         * (右空四字), each issuer name centred over the date, {@link LayoutProfile#sealedSignOffBlankLines()} blank
         * lines below the body so that the seal, whose top stands within one line of the body, presses on name and
         * date below its centre.
         */
        SEALED
    }

    /**
     * What the PDF and OFD renderers do when the face chosen for a role lacks a character the report uses.
     * Neither prints a box or a {@code #}.
     */
    public enum GlyphPolicy {
        /** Refuse to render, naming the characters and the face (the default). */
        ERROR,
        /**
         * Take each missing character from the next face of the role's fallback list that has it, and report a
         * warning naming the characters, the face that lacks them and the face used instead; refuse only when no
         * face has them.
         */
        WARN_AND_FALL_BACK
    }

    /** Times New Roman, the Latin font for digits and Latin letters in common practice. */
    public static final String TIMES_NEW_ROMAN = "Times New Roman";

    private static final LayoutProfile GBT9704 = new LayoutProfile(
            210,
            297,
            37,
            35,
            28,
            26,
            22,
            28,
            new Font("方正小标宋简体", TIMES_NEW_ROMAN, 44, false),
            new Font("仿宋_GB2312", TIMES_NEW_ROMAN, 32, false),
            new Font("黑体", TIMES_NEW_ROMAN, 32, false),
            new Font("楷体_GB2312", TIMES_NEW_ROMAN, 32, false),
            new Font("仿宋_GB2312", TIMES_NEW_ROMAN, 32, false),
            new Font("仿宋_GB2312", TIMES_NEW_ROMAN, 32, false),
            new Font("宋体", "宋体", 28, false),
            2,
            true,
            "— ",
            " —",
            1,
            7,
            1,
            2,
            2,
            true,
            GridMode.LINES_AND_CHARACTER_SPACING,
            SignOffLayout.UNSEALED,
            2,
            4,
            FontFaces.standard(),
            GlyphPolicy.ERROR);

    private static final LayoutProfile LOCAL_PLAIN = GBT9704.toBuilder()
            .body(new Font("仿宋", TIMES_NEW_ROMAN, 32, false))
            .heading1(new Font("黑体", TIMES_NEW_ROMAN, 32, false))
            .heading2(new Font("楷体", TIMES_NEW_ROMAN, 32, false))
            .heading3(new Font("仿宋", TIMES_NEW_ROMAN, 32, false))
            .heading4(new Font("仿宋", TIMES_NEW_ROMAN, 32, false))
            .pageNumber(new Font("宋体", "宋体", 28, false))
            .build();

    /** Checks that the sizes are positive and the margins leave a type area. */
    public LayoutProfile {
        positive(paperWidthMm, "paperWidthMm");
        positive(paperHeightMm, "paperHeightMm");
        notNegative(marginTopMm, "marginTopMm");
        notNegative(marginBottomMm, "marginBottomMm");
        notNegative(marginLeftMm, "marginLeftMm");
        notNegative(marginRightMm, "marginRightMm");
        if (marginLeftMm + marginRightMm >= paperWidthMm || marginTopMm + marginBottomMm >= paperHeightMm) {
            throw new IllegalArgumentException("the margins leave no type area");
        }
        if (linesPerPage < 1 || linesPerPage > 200 || charsPerLine < 1 || charsPerLine > 200) {
            throw new IllegalArgumentException(
                    "grid must be 1 to 200 lines and characters: " + linesPerPage + " × " + charsPerLine);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(heading1, "heading1");
        Objects.requireNonNull(heading2, "heading2");
        Objects.requireNonNull(heading3, "heading3");
        Objects.requireNonNull(heading4, "heading4");
        Objects.requireNonNull(pageNumber, "pageNumber");
        Objects.requireNonNull(pageNumberPrefix, "pageNumberPrefix");
        Objects.requireNonNull(pageNumberSuffix, "pageNumberSuffix");
        if (firstLineIndentChars < 0
                || pageNumberIndentChars < 0
                || signOffBlankLines < 0
                || signOffRightChars < 0
                || signOffDateShiftChars < 0) {
            throw new IllegalArgumentException("indents, shifts and blank lines cannot be negative");
        }
        notNegative(pageNumberOffsetMm, "pageNumberOffsetMm");
        Objects.requireNonNull(gridMode, "gridMode");
        Objects.requireNonNull(signOffLayout, "signOffLayout");
        Objects.requireNonNull(faces, "faces");
        Objects.requireNonNull(glyphPolicy, "glyphPolicy");
        if (sealedSignOffBlankLines < 0 || sealedDateRightChars < 0) {
            throw new IllegalArgumentException("indents, shifts and blank lines cannot be negative");
        }
    }

    private static void positive(double v, String name) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be positive: " + v);
        }
    }

    private static void notNegative(double v, String name) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " cannot be negative: " + v);
        }
    }

    /** The GB/T 9704-2012 layout (the default): A4, 37/35/28/26 mm, 22 × 28, _GB2312 fonts, addressee printed. */
    public static LayoutProfile gbt9704() {
        return GBT9704;
    }

    /** GB/T 9704-2012 with the plain font names 仿宋, 楷体, 黑体 and 宋体 common in local templates. */
    public static LayoutProfile localPlainFonts() {
        return LOCAL_PLAIN;
    }

    /** The font of {@code role}. */
    public Font font(FontRole role) {
        return switch (role) {
            case TITLE -> title;
            case BODY -> body;
            case HEADING_1 -> heading1;
            case HEADING_2 -> heading2;
            case HEADING_3 -> heading3;
            case HEADING_4 -> heading4;
            case PAGE_NUMBER -> pageNumber;
        };
    }

    /** The width of one grid character in points (the type area's width over the characters per line). */
    public double charPitchPoints() {
        return typeAreaWidthTwips() / 20.0 / charsPerLine;
    }

    /** The grid's line pitch in points, as {@link #linePitchTwips()}. */
    public double linePitchPoints() {
        return linePitchTwips() / 20.0;
    }

    /** The font of a heading at {@code level} (1 to 4). */
    public Font heading(int level) {
        return switch (level) {
            case 1 -> heading1;
            case 2 -> heading2;
            case 3 -> heading3;
            case 4 -> heading4;
            default -> throw new IllegalArgumentException("heading level must be 1 to 4: " + level);
        };
    }

    /** Millimetres to twips, rounding to 0.1 pt first as Word's page-setup dialog does. */
    public static int mmToTwips(double mm) {
        double tenthsOfPoint = Math.round(mm / 25.4 * 72 * 10);
        return (int) Math.round(tenthsOfPoint * 2);
    }

    /** Paper width in twips. */
    public int paperWidthTwips() {
        return mmToTwips(paperWidthMm);
    }

    /** Paper height in twips. */
    public int paperHeightTwips() {
        return mmToTwips(paperHeightMm);
    }

    /** Top margin in twips. */
    public int marginTopTwips() {
        return mmToTwips(marginTopMm);
    }

    /** Bottom margin in twips. */
    public int marginBottomTwips() {
        return mmToTwips(marginBottomMm);
    }

    /** Left margin in twips. */
    public int marginLeftTwips() {
        return mmToTwips(marginLeftMm);
    }

    /** Right margin in twips. */
    public int marginRightTwips() {
        return mmToTwips(marginRightMm);
    }

    /** The type area's (版心) width in twips. */
    public int typeAreaWidthTwips() {
        return paperWidthTwips() - marginLeftTwips() - marginRightTwips();
    }

    /** The type area's height in twips. */
    public int typeAreaHeightTwips() {
        return paperHeightTwips() - marginTopTwips() - marginBottomTwips();
    }

    /** The grid's line pitch in twips: the type area height over the lines per page, rounded down. */
    public int linePitchTwips() {
        return typeAreaHeightTwips() / linesPerPage;
    }

    /**
     * The grid's {@code w:charSpace}: extra width per character in 1/4096 pt so that {@link #charsPerLine()}
     * characters of the body font fill the type area's width, rounded down so that they all fit.
     */
    public int charSpace() {
        double pitchPt = typeAreaWidthTwips() / 20.0 / charsPerLine;
        return (int) Math.floor((pitchPt - body.halfPoints() / 2.0) * 4096);
    }

    /**
     * The character spacing, in twentieths of a point (as {@code w:spacing w:val} takes it), that makes
     * {@link #charsPerLine()} characters of the body font fit the type area's width: rounded down, so −5
     * (−0.25 pt) for 28 characters of 16 pt over 442.2 pt. Zero when the body font fits without it.
     */
    public int characterSpacingTwentieths() {
        double pitchPt = typeAreaWidthTwips() / 20.0 / charsPerLine;
        return (int) Math.min(0, Math.floor((pitchPt - body.halfPoints() / 2.0) * 20));
    }

    /** The width of one grid character in twips (the type area width over the characters per line). */
    public double charPitchTwips() {
        return typeAreaWidthTwips() / (double) charsPerLine;
    }

    /** A copy of this profile to change. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A font: East Asian name, Latin name (for digits and Latin letters), size in half-points (as
     * {@code w:sz} takes it: 3号 16 pt is 32) and whether it is bold.
     *
     * <pre>{@code
     * new LayoutProfile.Font("仿宋_GB2312", "Times New Roman", 32, false).points(); // 16.0
     * }</pre>
     *
     * @param eastAsia the font for Chinese characters and full-width punctuation
     * @param latin the font for digits, Latin letters and other half-width characters
     * @param halfPoints size in half-points
     * @param bold whether the text is bold
     */
    public record Font(String eastAsia, String latin, int halfPoints, boolean bold) {

        /** Checks for nulls and a positive size. */
        public Font {
            Objects.requireNonNull(eastAsia, "eastAsia");
            Objects.requireNonNull(latin, "latin");
            if (eastAsia.isBlank() || latin.isBlank()) {
                throw new IllegalArgumentException("font names cannot be blank");
            }
            if (halfPoints < 2 || halfPoints > 3276) {
                throw new IllegalArgumentException("font size must be 1 to 1638 pt: " + halfPoints + " half-points");
            }
        }

        /** The size in points. */
        public double points() {
            return halfPoints / 2.0;
        }
    }

    /** Builds a changed copy of a profile; not thread-safe. */
    public static final class Builder {
        private double paperWidthMm;
        private double paperHeightMm;
        private double marginTopMm;
        private double marginBottomMm;
        private double marginLeftMm;
        private double marginRightMm;
        private int linesPerPage;
        private int charsPerLine;
        private Font title;
        private Font body;
        private Font heading1;
        private Font heading2;
        private Font heading3;
        private Font heading4;
        private Font pageNumber;
        private int firstLineIndentChars;
        private boolean splitLongTitle;
        private String pageNumberPrefix;
        private String pageNumberSuffix;
        private int pageNumberIndentChars;
        private double pageNumberOffsetMm;
        private int signOffBlankLines;
        private int signOffRightChars;
        private int signOffDateShiftChars;
        private boolean addresseeLine;
        private GridMode gridMode;
        private SignOffLayout signOffLayout;
        private int sealedSignOffBlankLines;
        private int sealedDateRightChars;
        private FontFaces faces;
        private GlyphPolicy glyphPolicy;

        private Builder(LayoutProfile p) {
            paperWidthMm = p.paperWidthMm;
            paperHeightMm = p.paperHeightMm;
            marginTopMm = p.marginTopMm;
            marginBottomMm = p.marginBottomMm;
            marginLeftMm = p.marginLeftMm;
            marginRightMm = p.marginRightMm;
            linesPerPage = p.linesPerPage;
            charsPerLine = p.charsPerLine;
            title = p.title;
            body = p.body;
            heading1 = p.heading1;
            heading2 = p.heading2;
            heading3 = p.heading3;
            heading4 = p.heading4;
            pageNumber = p.pageNumber;
            firstLineIndentChars = p.firstLineIndentChars;
            splitLongTitle = p.splitLongTitle;
            pageNumberPrefix = p.pageNumberPrefix;
            pageNumberSuffix = p.pageNumberSuffix;
            pageNumberIndentChars = p.pageNumberIndentChars;
            pageNumberOffsetMm = p.pageNumberOffsetMm;
            signOffBlankLines = p.signOffBlankLines;
            signOffRightChars = p.signOffRightChars;
            signOffDateShiftChars = p.signOffDateShiftChars;
            addresseeLine = p.addresseeLine;
            gridMode = p.gridMode;
            signOffLayout = p.signOffLayout;
            sealedSignOffBlankLines = p.sealedSignOffBlankLines;
            sealedDateRightChars = p.sealedDateRightChars;
            faces = p.faces;
            glyphPolicy = p.glyphPolicy;
        }

        /** Paper size in millimetres. */
        public Builder paper(double widthMm, double heightMm) {
            paperWidthMm = widthMm;
            paperHeightMm = heightMm;
            return this;
        }

        /** Margins in millimetres. */
        public Builder margins(double topMm, double bottomMm, double leftMm, double rightMm) {
            marginTopMm = topMm;
            marginBottomMm = bottomMm;
            marginLeftMm = leftMm;
            marginRightMm = rightMm;
            return this;
        }

        /** The document grid. */
        public Builder grid(int lines, int chars) {
            linesPerPage = lines;
            charsPerLine = chars;
            return this;
        }

        /** Sets the title font. */
        public Builder title(Font value) {
            title = value;
            return this;
        }

        /** Sets the body font. */
        public Builder body(Font value) {
            body = value;
            return this;
        }

        /** Sets the font of level-1 headings ({@code 一、}). */
        public Builder heading1(Font value) {
            heading1 = value;
            return this;
        }

        /** Sets the font of level-2 headings ({@code （一）}). */
        public Builder heading2(Font value) {
            heading2 = value;
            return this;
        }

        /** Sets the font of level-3 headings ({@code 1.}). */
        public Builder heading3(Font value) {
            heading3 = value;
            return this;
        }

        /** Sets the font of level-4 headings ({@code （1）}). */
        public Builder heading4(Font value) {
            heading4 = value;
            return this;
        }

        /** Sets the page number font. */
        public Builder pageNumber(Font value) {
            pageNumber = value;
            return this;
        }

        /** Sets the first-line indent of body paragraphs and headings, in characters. */
        public Builder firstLineIndentChars(int value) {
            firstLineIndentChars = value;
            return this;
        }

        /** Sets whether a one-line title too long for one line is split at phrase boundaries. */
        public Builder splitLongTitle(boolean value) {
            splitLongTitle = value;
            return this;
        }

        /** What stands before and after the page number ({@code "— "}, {@code " —"}). */
        public Builder pageNumberFormat(String prefix, String suffix) {
            pageNumberPrefix = prefix;
            pageNumberSuffix = suffix;
            return this;
        }

        /** Sets how far page numbers stand in from the edge of the type area, in characters. */
        public Builder pageNumberIndentChars(int value) {
            pageNumberIndentChars = value;
            return this;
        }

        /** Sets the distance from the bottom of the type area to the page number, in millimetres. */
        public Builder pageNumberOffsetMm(double value) {
            pageNumberOffsetMm = value;
            return this;
        }

        /** The unsealed sign-off geometry of GB/T 9704-2012 §7.3.5.2. */
        public Builder signOff(int blankLines, int rightChars, int dateShiftChars) {
            signOffBlankLines = blankLines;
            signOffRightChars = rightChars;
            signOffDateShiftChars = dateShiftChars;
            return this;
        }

        /** Whether the 主送机关 line is printed (submission version) or not (web version). */
        public Builder addresseeLine(boolean value) {
            addresseeLine = value;
            return this;
        }

        /** How the grid is made (default {@link GridMode#LINES_AND_CHARACTER_SPACING}). */
        public Builder gridMode(GridMode value) {
            gridMode = java.util.Objects.requireNonNull(value, "gridMode");
            return this;
        }

        /** The unsealed (default) or the sealed sign-off layout of GB/T 9704-2012 §7.3.5. */
        public Builder signOffLayout(SignOffLayout value) {
            signOffLayout = java.util.Objects.requireNonNull(value, "signOffLayout");
            return this;
        }

        /** The sealed sign-off geometry of GB/T 9704-2012 §7.3.5.1 (2 blank lines, date 4 characters in). */
        public Builder sealedSignOff(int blankLines, int dateRightChars) {
            sealedSignOffBlankLines = blankLines;
            sealedDateRightChars = dateRightChars;
            return this;
        }

        /** Where the PDF and OFD renderers find the named fonts (default {@link FontFaces#standard()}). */
        public Builder faces(FontFaces value) {
            faces = java.util.Objects.requireNonNull(value, "faces");
            return this;
        }

        /** Shorthand for {@code faces(faces().withPath(fontName, file))}: the font named {@code fontName} is this file. */
        public Builder fontPath(String fontName, java.nio.file.Path file) {
            faces = faces.withPath(fontName, file);
            return this;
        }

        /** What the PDF and OFD renderers do when a face lacks a character (default {@link GlyphPolicy#ERROR}). */
        public Builder glyphPolicy(GlyphPolicy value) {
            glyphPolicy = java.util.Objects.requireNonNull(value, "glyphPolicy");
            return this;
        }

        /** The profile, checked. */
        public LayoutProfile build() {
            return new LayoutProfile(
                    paperWidthMm,
                    paperHeightMm,
                    marginTopMm,
                    marginBottomMm,
                    marginLeftMm,
                    marginRightMm,
                    linesPerPage,
                    charsPerLine,
                    title,
                    body,
                    heading1,
                    heading2,
                    heading3,
                    heading4,
                    pageNumber,
                    firstLineIndentChars,
                    splitLongTitle,
                    pageNumberPrefix,
                    pageNumberSuffix,
                    pageNumberIndentChars,
                    pageNumberOffsetMm,
                    signOffBlankLines,
                    signOffRightChars,
                    signOffDateShiftChars,
                    addresseeLine,
                    gridMode,
                    signOffLayout,
                    sealedSignOffBlankLines,
                    sealedDateRightChars,
                    faces,
                    glyphPolicy);
        }
    }
}
