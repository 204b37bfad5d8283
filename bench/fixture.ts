/**
 * A deterministic, realistic non-simplified `taobao.trades.sold.get` JSON response (~200 KB: 300 trades with orders
 * and promotion details in `{trade: [...]}` / `{order: [...]}` list wrappers, 19-digit ids as bare JSON numbers),
 * its request and its static schemas.
 */
import type { ObjectSchema } from '../runtime/src/index.js';

/** mulberry32: a tiny seeded PRNG, so the body is the same on every machine and run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORDER_SCHEMA: ObjectSchema = {
  oid: 'Number',
  num_iid: 'Number',
  sku_id: 'String',
  title: 'String',
  price: 'Price',
  num: 'Number',
  payment: 'Price',
  total_fee: 'Price',
  status: 'String',
  refund_status: 'String',
  outer_iid: 'String',
  sku_properties_name: 'String',
  pic_path: 'String',
  is_oversold: 'Boolean',
  cid: 'Number',
};

const PROMOTION_SCHEMA: ObjectSchema = { id: 'Number', promotion_name: 'String', discount_fee: 'Price', promotion_id: 'String' };

const TRADE_SCHEMA: ObjectSchema = {
  tid: 'Number',
  status: 'String',
  type: 'String',
  seller_nick: 'String',
  buyer_open_uid: 'String',
  created: 'Date',
  modified: 'Date',
  pay_time: 'Date',
  payment: 'Price',
  total_fee: 'Price',
  post_fee: 'Price',
  num: 'Number',
  num_iid: 'Number',
  receiver_state: 'String',
  receiver_city: 'String',
  receiver_district: 'String',
  has_buyer_message: 'Boolean',
  seller_flag: 'Number',
  orders: [ORDER_SCHEMA],
  promotion_details: [PROMOTION_SCHEMA],
};

export const TRADES_RESPONSE_SCHEMA: ObjectSchema = { total_results: 'Number', has_next: 'Boolean', trades: [TRADE_SCHEMA] };

export const TRADES_REQUEST_SCHEMA: ObjectSchema = {
  fields: 'Field List',
  start_created: 'Date',
  end_created: 'Date',
  status: 'String',
  type: 'String',
  page_no: 'Number',
  page_size: 'Number',
  use_has_next: 'Boolean',
};

export const TRADES_REQUEST = {
  fields: ['tid', 'status', 'type', 'payment', 'orders', 'promotion_details', 'created', 'modified', 'pay_time'],
  start_created: new Date(Date.UTC(2026, 9, 1, 0, 0, 0)),
  end_created: new Date(Date.UTC(2026, 9, 31, 23, 59, 59)),
  status: 'WAIT_SELLER_SEND_GOODS',
  type: 'fixed,auction,step',
  page_no: 1,
  page_size: 100,
  use_has_next: true,
};

const INT = '#INT#';

/** A 19-digit id below 2^63, as a marker string turned into a bare JSON number afterwards. */
function id19(rand: () => number): string {
  const head = 1 + Math.floor(rand() * 8); // 1..8 → stays below 9.22e18
  let rest = '';
  for (let i = 0; i < 18; i++) rest += Math.floor(rand() * 10);
  return `${INT}${head}${rest}`;
}

const STATES = ['浙江省', '广东省', '江苏省', '上海', '北京'];
const CITIES = ['杭州市', '深圳市', '南京市', '上海市', '北京市'];
const STATUSES = ['WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS', 'TRADE_FINISHED', 'TRADE_CLOSED'];

const money = (rand: () => number): string => (Math.floor(rand() * 100_000) / 100).toFixed(2);
const date = (rand: () => number): string => {
  const d = new Date(Date.UTC(2026, 9, 1) + Math.floor(rand() * 30 * 86_400_000));
  return d.toISOString().slice(0, 19).replace('T', ' ');
};

/** The response body text; `trades` trades, 1–2 orders each, one promotion detail on every third trade. */
export function tradesResponseBody(trades = 300, seed = 20261123): string {
  const rand = prng(seed);
  const list: object[] = [];
  for (let i = 0; i < trades; i++) {
    const orders: object[] = [];
    const n = 1 + Math.floor(rand() * 2);
    for (let j = 0; j < n; j++) {
      orders.push({
        oid: id19(rand),
        num_iid: id19(rand),
        sku_id: `${5_000_000_000 + Math.floor(rand() * 1e9)}`,
        title: `商品 ${i}-${j} 纯棉T恤`,
        price: money(rand),
        num: 1 + Math.floor(rand() * 5),
        payment: money(rand),
        status: STATUSES[Math.floor(rand() * STATUSES.length)],
        outer_iid: `SKU-${i}-${j}`,
        is_oversold: rand() < 0.05,
        cid: 50_000_000 + Math.floor(rand() * 1_000_000),
      });
    }
    const trade: Record<string, unknown> = {
      tid: id19(rand),
      status: STATUSES[Math.floor(rand() * STATUSES.length)],
      seller_nick: 'bench_seller',
      buyer_open_uid: `AAE${Math.floor(rand() * 1e12).toString(36)}X${Math.floor(rand() * 1e12).toString(36)}`,
      created: date(rand),
      pay_time: date(rand),
      payment: money(rand),
      total_fee: money(rand),
      num: n,
      num_iid: id19(rand),
      receiver_state: STATES[i % STATES.length],
      receiver_city: CITIES[i % CITIES.length],
      has_buyer_message: rand() < 0.3,
      seller_flag: Math.floor(rand() * 5),
      orders: { order: orders },
    };
    if (i % 3 === 0) {
      trade.promotion_details = {
        promotion_detail: [{ id: id19(rand), promotion_name: '店铺优惠', discount_fee: money(rand), promotion_id: `shopbonus-${i}` }],
      };
    }
    list.push(trade);
  }
  const response = {
    trades_sold_get_response: { total_results: trades, has_next: false, trades: { trade: list }, request_id: '16ab2c3d4e5f6' },
  };
  return JSON.stringify(response).replace(new RegExp(`"${INT}(\\d+)"`, 'g'), '$1');
}

/** A small response (one field), for the fixed per-call cost. */
export const SMALL_BODY = '{"user_avatar_get_response":{"avatar":"https://wwc.alicdn.com/avatar/getAvatar.do?userIdStr=PkP","request_id":"16ab2c3d4e5f6"}}';
export const SMALL_REQUEST = { nick: 'bench_buyer' };
export const SMALL_REQUEST_SCHEMA: ObjectSchema = { nick: 'String' };
export const SMALL_RESPONSE_SCHEMA: ObjectSchema = { avatar: 'String' };
