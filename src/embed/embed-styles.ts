/** The app's styles as text, for a shadow root or a hoisted <style>: embeds carry their own CSS. */
import appCss from '../app/app.css?inline';
import detailCss from '../detail/detail.css?inline';
import filtersCss from '../filters/filters.css?inline';
import listCss from '../list/list.css?inline';
import timelineCss from '../timeline/timeline.css?inline';

export const EMBED_CSS = [appCss, timelineCss, detailCss, filtersCss, listCss].join('\n');
