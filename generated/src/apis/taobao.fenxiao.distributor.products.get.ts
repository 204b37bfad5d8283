// Generated from specs/fenxiao/taobao.fenxiao.distributor.products.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.distributor.products.get` (分销商查询产品信息). */
export interface TaobaoFenxiaoDistributorProductsGetRequest {
  /**
   * 产品ID列表（最大限制30），用逗号分割，例如：“1001,1002,1003,1004,1005”
   *
   * Max list size: 30
   */
  pids?: Int64Input[];
  /**
   * 根据商品ID列表查询，优先级次于产品ID列表，高于其他分页查询条件。如果商品不是分销商品，自动过滤。最大限制20，用逗号分割，例如：“1001,1002,1003,1004,1005”
   *
   * Max list size: 20
   */
  item_ids?: Int64Input[];
  /** 供应商nick，分页查询时，必传 */
  supplier_nick?: string;
  /** 分销方式；可选择：AGENT ： 代销；DEALER：经销；DIRECT：直营 */
  trade_type?: string;
  /** 下载状态，默认是未下载；可选值：UNDOWNLOAD：未下载 ；DOWNLOADED：已下载；下载：指将供应商授权的产品发布为店铺新宝贝的过程，下载成功后，分销商需要将新生成的宝贝重新编辑并上架后售卖。 */
  download_status?: string;
  /** 产品线ID */
  productcat_id?: Int64Input;
  /**
   * 指定查询额外的信息，可选值：skus（sku数据）、images（多图），多个可选值用逗号分割。
   *
   * Max list size: 20
   */
  fields?: string[];
  /** 开始修改时间 */
  start_time?: DateInput;
  /** 结束时间 */
  end_time?: DateInput;
  /** time_type */
  time_type?: string;
  /** 页码（大于0的整数，默认1） */
  page_no?: Int64Input;
  /** 每页记录数（默认20，最大50） */
  page_size?: Int64Input;
  /** order_by */
  order_by?: string;
}

/** Response of `taobao.fenxiao.distributor.products.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoDistributorProductsGetResponse {
  /** 是否存在下一页 */
  has_next?: boolean;
  /** 产品对象记录集。返回 FenxiaoProduct 包含的字段信息。 */
  products?: TaobaoFenxiaoDistributorProductsGetFenxiaoProduct[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FenxiaoProduct` of `taobao.fenxiao.distributor.products.get`. */
export interface TaobaoFenxiaoDistributorProductsGetFenxiaoProduct {
  /** 产品ID */
  pid?: Int64;
  /** 产品名称 */
  name?: string;
  /** 产品线ID */
  productcat_id?: Int64;
  /** 采购基准价，单位：元。 */
  standard_price?: string;
  /** 零售基准价，单位：元 */
  standard_retail_price?: string;
  /** 最低零售价，单位：分。 */
  retail_price_low?: string;
  /** 最高零售价，单位：分。 */
  retail_price_high?: string;
  /** 采购价格，单位：元。 */
  cost_price?: string;
  /** 经销采购价 */
  dealer_cost_price?: string;
  /** 商家编码 */
  outer_id?: string;
  /** 产品库存 */
  quantity?: Int64;
  /** 产品图片路径 */
  pictures?: string;
  /** 产品描述路径，通过http请求获取 */
  desc_path?: string;
  /** 类目id */
  category_id?: string;
  /** 产品描述的内容 */
  description?: string;
  /** 产品属性，格式为pid:vid;pid:vid */
  properties?: string;
  /** 属性别名，格式为pid:vid:alias;pid:vid:alias */
  property_alias?: string;
  /** 自定义属性，格式为pid:value;pid:value */
  input_properties?: string;
  /** 所在地：省 */
  prov?: string;
  /** 所在地：市 */
  city?: string;
  /** 运费类型，可选值：seller（供应商承担运费）、buyer（分销商承担运费） */
  postage_type?: string;
  /** 运费模板ID */
  postage_id?: Int64;
  /** 平邮费用，单位：元 */
  postage_ordinary?: string;
  /** 快递费用，单位：元 */
  postage_fast?: string;
  /** ems费用，单位：元 */
  postage_ems?: string;
  /** 折扣ID（新增参数） */
  discount_id?: Int64;
  /** 根据商品ID查询时，返回这个产品对应的商品ID，只对分销商查询接口有效 */
  query_item_id?: Int64;
  /** 是否有发票，可选值：false（否）、true（是） */
  have_invoice?: boolean;
  /** 是否有保修，可选值：false（否）、true（是） */
  have_quarantee?: boolean;
  /** 下载人数 */
  items_count?: Int64;
  /** 累计采购次数 */
  orders_count?: Int64;
  /** 创建时间 */
  created?: string;
  /** 更新时间 */
  modified?: string;
  /** 铺货时间 */
  upshelf_time?: string;
  /** 发布状态，可选值：up（上架）、down（下架） */
  status?: string;
  /** 分销方式：AGENT（只做代销，默认值）、DEALER（只做经销）、ALL（代销和经销都做） */
  trade_type?: string;
  /** sku列表 */
  skus?: TaobaoFenxiaoDistributorProductsGetSkuList[];
  /** 产品图片 */
  images?: TaobaoFenxiaoDistributorProductsGetProductImageList[];
  /** 产品分销商信息 */
  pdus?: TaobaoFenxiaoDistributorProductsGetPduList[];
  /** 查询产品列表时，查询入参增加is_authz:yes|no yes:需要授权 no:不需要授权 */
  is_authz?: string;
  /** 关联的后端商品id */
  scitem_id?: Int64;
  /** 产品spu id */
  spu_id?: Int64;
}

/** `SkuList` of `taobao.fenxiao.distributor.products.get`. */
export interface TaobaoFenxiaoDistributorProductsGetSkuList {
  /** SkuID */
  id?: Int64;
  /** 名称 */
  name?: string;
  /** 市场价 */
  standard_price?: string;
  /** 代销采购价，单位：元 */
  cost_price?: string;
  /** 经销采购价 */
  dealer_cost_price?: string;
  /** 库存 */
  quantity?: Int64;
  /** 商家编码 */
  outer_id?: string;
  /** sku的销售属性组合字符串。格式:pid:vid;pid:vid,如:1627207:3232483;1630696:3284570,表示:机身颜色:军绿色;手机套餐:一电一充。 */
  properties?: string;
  /** 关联的后端商品id */
  scitem_id?: Int64;
}

/** `ProductImageList` of `taobao.fenxiao.distributor.products.get`. */
export interface TaobaoFenxiaoDistributorProductsGetProductImageList {
  /** 图片id */
  image_id?: Int64;
  /** 图片对应的url */
  image_url?: string;
  /** 图片顺序 */
  image_position?: Int64;
  /** 当图片类型为属性图片时，表示图片对应的属性pv对。 */
  properties?: string;
  /** 图片类型（PRODUCT：产品图片 EXTPRODUCT：产品辅图 PROPERTIES：产品属性图片 ） */
  type?: string;
}

/** `PduList` of `taobao.fenxiao.distributor.products.get`. */
export interface TaobaoFenxiaoDistributorProductsGetPduList {
  /** 产品ID */
  product_id?: Int64;
  /** 分销商ID */
  distributor_id?: Int64;
  /** 分销商用户名 */
  distributor_name?: string;
  /** 产品销售属性值 */
  sku_properties?: string;
  /** 产品代销配额库存 */
  quantity_agent?: Int64;
}

const REQUEST_SCHEMA = {
  pids: ['Number'],
  item_ids: ['Number'],
  supplier_nick: 'String',
  trade_type: 'String',
  download_status: 'String',
  productcat_id: 'Number',
  fields: ['String'],
  start_time: 'Date',
  end_time: 'Date',
  time_type: 'String',
  page_no: 'Number',
  page_size: 'Number',
  order_by: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  has_next: 'Boolean',
  products: [
    {
      pid: 'Number',
      name: 'String',
      productcat_id: 'Number',
      standard_price: 'String',
      standard_retail_price: 'String',
      retail_price_low: 'String',
      retail_price_high: 'String',
      cost_price: 'String',
      dealer_cost_price: 'String',
      outer_id: 'String',
      quantity: 'Number',
      pictures: 'String',
      desc_path: 'String',
      category_id: 'String',
      description: 'String',
      properties: 'String',
      property_alias: 'String',
      input_properties: 'String',
      prov: 'String',
      city: 'String',
      postage_type: 'String',
      postage_id: 'Number',
      postage_ordinary: 'String',
      postage_fast: 'String',
      postage_ems: 'String',
      discount_id: 'Number',
      query_item_id: 'Number',
      have_invoice: 'Boolean',
      have_quarantee: 'Boolean',
      items_count: 'Number',
      orders_count: 'Number',
      created: 'Date',
      modified: 'Date',
      upshelf_time: 'Date',
      status: 'String',
      trade_type: 'String',
      skus: [
        {
          id: 'Number',
          name: 'String',
          standard_price: 'String',
          cost_price: 'String',
          dealer_cost_price: 'String',
          quantity: 'Number',
          outer_id: 'String',
          properties: 'String',
          scitem_id: 'Number',
        },
      ],
      images: [
        {
          image_id: 'Number',
          image_url: 'String',
          image_position: 'Number',
          properties: 'String',
          type: 'String',
        },
      ],
      pdus: [
        {
          product_id: 'Number',
          distributor_id: 'Number',
          distributor_name: 'String',
          sku_properties: 'String',
          quantity_agent: 'Number',
        },
      ],
      is_authz: 'String',
      scitem_id: 'Number',
      spu_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.distributor.products.get`: method, response root, request and response schemas. */
export const taobaoFenxiaoDistributorProductsGetOperation = {
  method: 'taobao.fenxiao.distributor.products.get',
  responseRoot: 'fenxiao_distributor_products_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销商查询产品信息 — calls TOP method `taobao.fenxiao.distributor.products.get`.
 *
 * 分销商查询供应商产品信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoDistributorProductsGet(
  client: TopClient,
  request: TaobaoFenxiaoDistributorProductsGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoFenxiaoDistributorProductsGetResponse> {
  return client.call<TaobaoFenxiaoDistributorProductsGetResponse>(
    {
      method: 'taobao.fenxiao.distributor.products.get',
      responseRoot: 'fenxiao_distributor_products_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
