/** Card text size in flow pixels (styles.css: .statement font-size). */
export const CARD_TEXT_PX = 13;
/** The smallest card text a person reads comfortably on screen. */
export const MIN_READABLE_PX = 11;
/** The lowest zoom at which card text is at least MIN_READABLE_PX on screen. */
export const READABLE_ZOOM = MIN_READABLE_PX / CARD_TEXT_PX;
/**
 * Below this zoom a card's text is under 7 px on screen: cards show a short, large label
 * instead (semantic zoom), like place names on a map.
 */
export const LABEL_ZOOM = 0.55;
