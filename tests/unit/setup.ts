// Unit tests run in happy-dom with an in-memory IndexedDB and WXT's fake browser.
import 'fake-indexeddb/auto';
