package org.segmenta.model.rules;

/**
 * Captions users see for model names, in the style of the reference design's field captions: {@code segmentNo}
 * becomes {@code Segment No.}, {@code email} becomes {@code E-Mail}, {@code countryRegionCode} becomes {@code Country/Region Code}, {@code SegmentHeader} becomes
 * {@code Segment Header}.
 */
public final class Captions {

    private Captions() {
    }

    /**
     * @param name a camelCase or PascalCase feature or class name
     * @return the caption: words split at capitals, first letter upper case, a trailing {@code No} as {@code No.}
     */
    public static String of(String name) {
        if (name.equals("no")) {
            return "No.";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                b.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                b.append(' ').append(c);
            } else {
                b.append(c);
            }
        }
        String s = b.toString().replace("Email", "E-Mail").replace("Country Region", "Country/Region");
        return s.endsWith(" No") ? s + "." : s;
    }
}
