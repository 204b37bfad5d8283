// Generated from specs/wlb/taobao.wlb.item.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.item.add` (添加单个物流宝商品). */
export interface TaobaoWlbItemAddRequest {
  /** 商品名称 */
  name: string;
  /** 商品标题 */
  title?: string;
  /** 商品编码 */
  item_code: string;
  /** 商品备注 */
  remark?: string;
  /**
   * NORMAL--普通商品
   * COMBINE--组合商品
   * DISTRIBUTION--分销
   */
  type?: string;
  /** 是否sku */
  is_sku: string;
  /**
   * 属性名列表,目前支持的属性：
   * 毛重:GWeight
   * 净重:Nweight
   * 皮重: Tweight
   * 自定义属性：
   * paramkey1
   * paramkey2
   * paramkey3
   * paramkey4
   */
  pro_name_list?: string;
  /**
   * 属性值列表：
   * 10,8
   */
  pro_value_list?: string;
  /** 是否易碎品 */
  is_friable?: boolean;
  /** 是否危险品 */
  is_dangerous?: boolean;
  /** 商品颜色 */
  color?: string;
  /** 商品重量，单位G */
  weight?: Int64Input;
  /** 商品长度，单位毫米 */
  length?: Int64Input;
  /** 商品宽度，单位毫米 */
  width?: Int64Input;
  /** 商品高度，单位毫米 */
  height?: Int64Input;
  /** 商品体积，单位立方厘米 */
  volume?: Int64Input;
  /** 货类 */
  goods_cat?: string;
  /** 计价货类 */
  pricing_cat?: string;
  /** 商品包装材料类型 */
  package_material?: string;
  /** 商品价格，单位：分 */
  price?: Int64Input;
  /** 是否支持批次 */
  support_batch?: boolean;
}

/** Response of `taobao.wlb.item.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbItemAddResponse {
  /** 新增的商品 */
  item_id?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  name: 'String',
  title: 'String',
  item_code: 'String',
  remark: 'String',
  type: 'String',
  is_sku: 'String',
  pro_name_list: 'String',
  pro_value_list: 'String',
  is_friable: 'Boolean',
  is_dangerous: 'Boolean',
  color: 'String',
  weight: 'Number',
  length: 'Number',
  width: 'Number',
  height: 'Number',
  volume: 'Number',
  goods_cat: 'String',
  pricing_cat: 'String',
  package_material: 'String',
  price: 'Number',
  support_batch: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_id: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.item.add`: method, response root, request and response schemas. */
export const taobaoWlbItemAddOperation = {
  method: 'taobao.wlb.item.add',
  responseRoot: 'wlb_item_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加单个物流宝商品 — calls TOP method `taobao.wlb.item.add`.
 *
 * 添加物流宝商品，支持物流宝子商品和属性添加
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbItemAdd(
  client: TopClient,
  request: TaobaoWlbItemAddRequest,
  options?: CallOptions,
): Promise<TaobaoWlbItemAddResponse> {
  return client.call<TaobaoWlbItemAddResponse>(
    {
      method: 'taobao.wlb.item.add',
      responseRoot: 'wlb_item_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
