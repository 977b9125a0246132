import { makeStyles, tokens } from '@fluentui/react-components';
import { FRAME_STYLES } from './frame-styles';

/** Layout shared by the panels: one column that wraps long text, down to a 320 px task pane. */
export const usePaneStyles = makeStyles({
  stack: FRAME_STYLES.stack,
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  summary: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  /** A list line: a mark, then text that wraps beside it (lined up with textButton's text). */
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  itemText: {
    flexGrow: 1,
    minWidth: 0,
  },
  /** A button holding a sentence: full width, wrapping, text at the start. */
  textButton: {
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    maxWidth: '100%',
    minWidth: 0,
    height: 'auto',
    justifyContent: 'flex-start',
    textAlign: 'start',
    whiteSpace: 'normal',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  /** A sentence beside text buttons, lined up with their text. */
  textParagraph: {
    margin: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  /** Under a finding about words: the right form, set off as the words to type. */
  rightForm: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXS,
    color: tokens.colorPaletteGreenForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  /** Under a finding: what it offers to do about itself (插入, 改为…). */
  findingActions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXS,
  },
  /** A primary action that may carry a long label at 320 px. */
  wideButton: FRAME_STYLES.wideButton,
  /** A column whose items belong together (a control and its hint). */
  tight: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  /** A button whose label may be long (a report type's name): wraps at 320 px instead of overflowing. */
  wrapButton: {
    maxWidth: '100%',
    height: 'auto',
    whiteSpace: 'normal',
    textAlign: 'start',
  },
  /** A list of messages inside a MessageBar. */
  errorList: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalL,
  },
  fullWidth: {
    width: '100%',
    maxWidth: '100%',
    minWidth: 0,
  },
  markOk: { color: tokens.colorStatusSuccessForeground1 },
  markBad: { color: tokens.colorStatusDangerForeground1 },
  markWarn: { color: tokens.colorStatusWarningForeground3 },
  markNeutral: { color: tokens.colorNeutralForeground3 },
  mark: {
    display: 'inline-block',
    width: '1.25em',
    flexShrink: 0,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'center',
  },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
