// Generated from specs/fenxiao/tmall.channel.products.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.channel.products.get` (查询供应商的产品数据). */
export interface TmallChannelProductsGetRequest {
  /** top_query_product_d_o */
  top_query_product_d_o?: TmallChannelProductsGetTopQueryProductDoInput;
}

/** Response of `tmall.channel.products.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallChannelProductsGetResponse {
  /** 产品对象记录集 */
  products?: TmallChannelProductsGetTopProductDO[];
  /** 查询结果记录数 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopQueryProductDo` of `tmall.channel.products.get`. */
export interface TmallChannelProductsGetTopQueryProductDoInput {
  /** 要查询的产品id 列表 */
  ids?: Int64Input[];
  /** 分页大小 */
  page_size?: Int64Input;
  /** 产品线id */
  product_line_id?: Int64Input;
  /** 当前要查看的页数 */
  page_num?: Int64Input;
  /** 产品商家编码 */
  product_outer_id?: string;
  /** 关联的前端宝贝id列表 */
  item_ids?: Int64Input[];
  /** sku商家编码 */
  sku_outer_id?: string;
  /** 渠道[21 零售plus] */
  channel?: Int64Input;
}

/** `TopProductDO` of `tmall.channel.products.get`. */
export interface TmallChannelProductsGetTopProductDO {
  /** 所在地：市 */
  city?: string;
  /** 代销采购价格，单位：元。 */
  cost_price_yuan?: string;
  /** 产品描述路径，通过http请求获取 */
  desc_path?: string;
  /** 创建时间 */
  created?: string;
  /** 更新时间 */
  modified?: string;
  /** 是否有发票，可选值：false（否）、true（是） */
  have_invoice?: Int64;
  /** 是否有保修，可选值：false（否）、true（是） */
  have_quarantee?: Int64;
  /** 关联的前台宝贝id */
  auction_id?: Int64;
  /** 下载人数 */
  items_count?: Int64;
  /** ems费用，单位：元 */
  postage_ems?: string;
  /** 快递费用，单位：元 */
  postage_fast?: string;
  /** 运费模板ID */
  postage_id?: Int64;
  /** 平邮费用，单位：元 */
  postage_ordinary?: string;
  /** 运费类型：1（供应商承担运费）、2（分销商承担运费）可选值：seller（供应商承担运费）、buyer（分销商承担运费） */
  postage_type?: Int64;
  /** 产品ID */
  pid?: Int64;
  /** 产品所属产品线id */
  product_line_id?: Int64;
  /** 商家编码 */
  outer_id?: string;
  /** 所在地：省 */
  prov?: string;
  /** 产品库存 */
  quantity?: Int64;
  /** 最高零售价，单位：元。 */
  retail_price_high?: string;
  /** 最低零售价，单位：元。 */
  retail_price_low?: string;
  /** scItemId */
  sc_item_id?: Int64;
  /** 分销产品SKU列表 */
  skus?: TmallChannelProductsGetProductSkuDo[];
  /** spuId */
  spu_id?: Int64;
  /** 市场价：单位元 */
  standard_price?: string;
  /** 发布状态： 1 上架，2 下架，3 删除 */
  status?: Int64;
  /** 产品名称 */
  name?: string;
  /** 累计采购次数 */
  orders_count?: Int64;
  /** 产品图片路径列表，用“,”分隔 */
  pictures?: string;
}

/** `ProductSkuDo` of `tmall.channel.products.get`. */
export interface TmallChannelProductsGetProductSkuDo {
  /** 关联的前端宝贝skuid */
  auction_sku_id?: Int64;
  /** 代销采购价:单位分 */
  cost_price_fen?: Int64;
  /** 经销采购价:单位分 */
  price_cost_dealer_fen?: Int64;
  /** sku的销售属性组合字符串。格式:pid:vid;pid:vid,如:1627207:3232483;1630696:3284570,表示:机身颜色:军绿色;手机套餐:一电一充。 */
  properties?: string;
  /** 库存 */
  quantity?: Int64;
  /** 配额可用库存 */
  quota_quantity?: Int64;
  /** 预扣库存 */
  reserved_quantity?: Int64;
  /** 关联的后端商品id */
  scitem_id?: Int64;
  /** skuId */
  sku_id?: Int64;
  /** 商家编码 */
  outer_id?: string;
  /** 市场价单位分 */
  standard_price_fen?: Int64;
}

const REQUEST_SCHEMA = {
  top_query_product_d_o: {
    ids: ['Number'],
    page_size: 'Number',
    product_line_id: 'Number',
    page_num: 'Number',
    product_outer_id: 'String',
    item_ids: ['Number'],
    sku_outer_id: 'String',
    channel: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  products: [
    {
      city: 'String',
      cost_price_yuan: 'String',
      desc_path: 'String',
      created: 'Date',
      modified: 'Date',
      have_invoice: 'Number',
      have_quarantee: 'Number',
      auction_id: 'Number',
      items_count: 'Number',
      postage_ems: 'String',
      postage_fast: 'String',
      postage_id: 'Number',
      postage_ordinary: 'String',
      postage_type: 'Number',
      pid: 'Number',
      product_line_id: 'Number',
      outer_id: 'String',
      prov: 'String',
      quantity: 'Number',
      retail_price_high: 'String',
      retail_price_low: 'String',
      sc_item_id: 'Number',
      skus: [
        {
          auction_sku_id: 'Number',
          cost_price_fen: 'Number',
          price_cost_dealer_fen: 'Number',
          properties: 'String',
          quantity: 'Number',
          quota_quantity: 'Number',
          reserved_quantity: 'Number',
          scitem_id: 'Number',
          sku_id: 'Number',
          outer_id: 'String',
          standard_price_fen: 'Number',
        },
      ],
      spu_id: 'Number',
      standard_price: 'String',
      status: 'Number',
      name: 'String',
      orders_count: 'Number',
      pictures: 'String',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `tmall.channel.products.get`: method, response root, request and response schemas. */
export const tmallChannelProductsGetOperation = {
  method: 'tmall.channel.products.get',
  responseRoot: 'tmall_channel_products_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询供应商的产品数据 — calls TOP method `tmall.channel.products.get`.
 *
 * 查询供应商的产品数据。
 *
 * * 入参传入pids将优先查询，即只按这个条件查询。
 * *入参传入sku_number将优先查询(没有传入pids)，即只按这个条件查询(最多显示50条)
 * * 入参fields传skus将查询sku的数据，不传该参数默认不查询，返回产品的其它信息。
 * * 入参fields传入images将查询多图数据，不传只返回主图数据。
 * * 入参fields仅对传入pids生效（只有按ID查询时，才能查询额外的数据）
 * * 查询结果按照产品发布时间倒序，即时间近的数据在前。
 * * 传入channel 渠道，会只返回相应渠道的产品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallChannelProductsGet(
  client: TopClient,
  request: TmallChannelProductsGetRequest = {},
  options?: CallOptions,
): Promise<TmallChannelProductsGetResponse> {
  return client.call<TmallChannelProductsGetResponse>(
    {
      method: 'tmall.channel.products.get',
      responseRoot: 'tmall_channel_products_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
