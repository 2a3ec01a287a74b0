import type { ThemeConfig } from 'antd';

/** The union's red, darkened until white text on it reads at 4.5:1 or more. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#c8102e',
    // antd's default red and orange read at about 3:1 as text on white; these read at 4.5:1 or more.
    colorError: '#cf1322',
    colorWarning: '#ad4e00',
    colorLink: '#a50d26',
    borderRadius: 6,
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  },
};
