import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/** Mantine's "light" variant writes shade 6 on a pale tint (about 3:1): use a darkened shade 9 instead. */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  const palette = parsed.isThemeColor ? input.theme.colors[parsed.color] : undefined;
  const shade9 = palette?.[9];
  if (!shade9) return colors;
  const text = darken(shade9, 0.15);
  return { ...colors, color: text, hoverColor: text };
};

/**
 * Counter-friendly theme: large type (16 px at the smallest), big targets, a focus ring that is always
 * visible, and colours that keep WCAG AA contrast on white.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  focusRing: 'always',
  autoContrast: true,
  variantColorResolver,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  fontSizes: {
    xs: '1rem',
    sm: '1rem',
    md: '1.125rem',
    lg: '1.25rem',
    xl: '1.5rem',
  },
  lineHeights: { md: '1.5' },
  headings: {
    sizes: {
      h1: { fontSize: '2rem', lineHeight: '1.25' },
      h2: { fontSize: '1.5rem', lineHeight: '1.3' },
      h3: { fontSize: '1.25rem', lineHeight: '1.35' },
    },
  },
  defaultRadius: 'md',
  components: {
    Button: { defaultProps: { size: 'md' } },
    // Labels stay exactly their text (no asterisk): every field of these short forms is required.
    TextInput: { defaultProps: { size: 'md', withAsterisk: false } },
    PasswordInput: { defaultProps: { size: 'md', withAsterisk: false } },
    Select: { defaultProps: { size: 'md', withAsterisk: false } },
    RadioGroup: { defaultProps: { size: 'md', withAsterisk: false } },
    Radio: { defaultProps: { size: 'md' } },
    NavLink: { defaultProps: { py: 'sm' } },
  },
});

/** Darker text tones than Mantine's defaults, for contrast. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
    '--mantine-color-placeholder': t.colors.gray[6] ?? '#868e96',
    '--mantine-color-anchor': t.colors.blue[8] ?? '#1971c2',
  },
  dark: {},
});
