/** The default central category tree (F3, F8) and the four built-in role tags. Sellers edit both. */
import type { Category, RoleTag } from '../schemas';

function category(
  id: string,
  name: string,
  nameZh: string,
  parentId: string | null,
  attributes: Record<string, string[]> = {},
): Category {
  const level = parentId === null ? 1 : id.split('-').length >= 3 ? 3 : 2;
  return { id, name, nameZh, parentId, level: level as Category['level'], attributes, platformMappings: [] };
}

/**
 * Level 1 大类 › level 2 中类 › level 3 小类 (+ attributes as the fourth level). Ids spell the path
 * so rules and tests stay readable; compliance rules (compliance-rules.ts) name these ids.
 */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  category('electronics', 'Electronics', '电子产品', null),
  category('electronics-audio', 'Audio', '音频设备', 'electronics'),
  // The default leaf is the wireless kind (what cross-border sellers list most): a radio device.
  category('electronics-audio-speakers', 'Bluetooth speakers', '蓝牙音箱', 'electronics-audio', {
    power: ['USB', 'battery', 'mains'],
    connectivity: ['Bluetooth', 'Wi-Fi'],
  }),
  category('electronics-lighting', 'Lighting', '照明', 'electronics'),
  category('electronics-lighting-desk-lamps', 'Desk lamps', '台灯', 'electronics-lighting', {
    power: ['mains 230 V', 'mains 120 V', 'USB'],
    lightSource: ['LED'],
  }),
  category('toys', 'Toys', '玩具', null),
  category('toys-plush', 'Plush toys', '毛绒玩具', 'toys'),
  category('toys-plush-animals', 'Plush animals', '毛绒动物', 'toys-plush', {
    age: ['0+', '3+'],
    material: ['polyester', 'cotton'],
  }),
  category('apparel', 'Apparel', '服装', null),
  category('apparel-women', 'Women', '女装', 'apparel'),
  category('apparel-women-dresses', 'Dresses', '连衣裙', 'apparel-women', {
    material: ['cotton', 'linen', 'polyester', 'silk'],
    size: ['XS', 'S', 'M', 'L', 'XL'],
  }),
  category('home', 'Home', '家居', null),
  category('home-kitchen', 'Kitchen', '厨房用品', 'home'),
  category('home-kitchen-gadgets', 'Kitchen gadgets', '厨房小工具', 'home-kitchen', {
    material: ['stainless steel', 'silicone', 'plastic'],
  }),
  category('children', "Children's products", '儿童用品', null),
  category('children-apparel', "Children's clothing", '童装', 'children'),
  category('children-apparel-babywear', 'Babywear', '婴儿服', 'children-apparel', {
    material: ['cotton'],
    size: ['0-3M', '3-6M', '6-12M', '12-24M'],
  }),
];

export const DEFAULT_ROLE_TAGS: readonly RoleTag[] = [
  { id: 'traffic', label: 'Traffic driver', labelZh: '引流款', color: '#d9480f', builtIn: true },
  { id: 'profit', label: 'Profit', labelZh: '利润款', color: '#2b8a3e', builtIn: true },
  { id: 'seasonal', label: 'Seasonal', labelZh: '季节款', color: '#1971c2', builtIn: true },
  { id: 'long-tail', label: 'Long tail', labelZh: '长尾款', color: '#7048e8', builtIn: true },
];
