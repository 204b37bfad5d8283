// Generated from specs/wlb/taobao.wlb.item.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.item.update` (物流宝商品修改). */
export interface TaobaoWlbItemUpdateRequest {
  /** 要修改的商品id */
  id: Int64Input;
  /** 要修改的商品名称 */
  name?: string;
  /** 要修改的商品标题 */
  title?: string;
  /** 要修改的商品备注 */
  remark?: string;
  /** 需要修改的商品属性值的列表，如果属性不存在，则新增属性 */
  update_property_key_list?: string;
  /** 需要修改的属性值的列表 */
  update_property_value_list?: string;
  /** 需要删除的商品属性key列表 */
  delete_property_key_list?: string;
  /** 是否易碎品 */
  is_friable?: boolean;
  /** 是否危险品 */
  is_dangerous?: boolean;
  /** 商品颜色 */
  color?: string;
  /** 商品重量，单位G */
  weight?: Int64Input;
  /** 商品长度，单位厘米 */
  length?: Int64Input;
  /** 商品宽度，单位厘米 */
  width?: Int64Input;
  /** 商品高度，单位厘米 */
  height?: Int64Input;
  /** 商品体积，单位立方厘米 */
  volume?: Int64Input;
  /** 商品货类 */
  goods_cat?: string;
  /** 商品计价货类 */
  pricing_cat?: string;
  /** 商品包装材料类型 */
  package_material?: string;
}

/** Response of `taobao.wlb.item.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbItemUpdateResponse {
  /** 修改时间 */
  gmt_modified?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  name: 'String',
  title: 'String',
  remark: 'String',
  update_property_key_list: 'String',
  update_property_value_list: 'String',
  delete_property_key_list: 'String',
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
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  gmt_modified: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.item.update`: method, response root, request and response schemas. */
export const taobaoWlbItemUpdateOperation = {
  method: 'taobao.wlb.item.update',
  responseRoot: 'wlb_item_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流宝商品修改 — calls TOP method `taobao.wlb.item.update`.
 *
 * 修改物流宝商品信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbItemUpdate(
  client: TopClient,
  request: TaobaoWlbItemUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoWlbItemUpdateResponse> {
  return client.call<TaobaoWlbItemUpdateResponse>(
    {
      method: 'taobao.wlb.item.update',
      responseRoot: 'wlb_item_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
