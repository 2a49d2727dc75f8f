/** How charts grow when their slide becomes current (never in print, never under reduced motion). */
export const CHART_ANIMATION = { duration: 900, easing: 'easeOutQuart' } as const;
