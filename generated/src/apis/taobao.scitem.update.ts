// Generated from specs/fenxiao/taobao.scitem.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.scitem.update` (根据商品ID或商家编码修改后端商品). */
export interface TaobaoScitemUpdateRequest {
  /** 后端商品ID，跟outer_code必须指定一个 */
  item_id?: Int64Input;
  /** 商家编码，跟item_id必须指定一个 */
  outer_code?: string;
  /** 商品名称 */
  item_name?: string;
  /** 0.普通供应链商品 1.供应链组合主商品 */
  item_type?: Int64Input;
  /** 需要更新的商品属性格式是 p1:v1,p2:v2,p3:v3 */
  update_properties?: string;
  /** 条形码 */
  bar_code?: string;
  /** 仓储商编码 */
  wms_code?: string;
  /** 是否易碎 0：不是 1：是 */
  is_friable?: Int64Input;
  /** 是否危险 0：不是 0：是 */
  is_dangerous?: Int64Input;
  /** 是否是贵重品 0:不是 1：是 */
  is_costly?: Int64Input;
  /** 是否保质期：0:不是 1：是 */
  is_warranty?: Int64Input;
  /** weight */
  weight?: Int64Input;
  /** 长度 单位：mm */
  length?: Int64Input;
  /** 宽 单位：mm */
  width?: Int64Input;
  /** 高 单位：mm */
  height?: Int64Input;
  /** 体积：立方厘米 */
  volume?: Int64Input;
  /** price */
  price?: Int64Input;
  /** remark */
  remark?: string;
  /** 0:液体，1：粉体，2：固体 */
  matter_status?: Int64Input;
  /** 品牌id */
  brand_id?: Int64Input;
  /** brand_Name */
  brand_name?: string;
  /** 淘宝SKU产品级编码CSPU ID */
  spu_id?: Int64Input;
  /** 移除商品属性P列表,P由系统分配：p1；p2 */
  remove_properties?: string;
  /** 1表示区域销售，0或是空是非区域销售 */
  is_area_sale?: Int64Input;
}

/** Response of `taobao.scitem.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoScitemUpdateResponse {
  /** 更新商品数量,1表示成功更新了一条数据，0：表示未找到匹配的数据 */
  update_rows?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  outer_code: 'String',
  item_name: 'String',
  item_type: 'Number',
  update_properties: 'String',
  bar_code: 'String',
  wms_code: 'String',
  is_friable: 'Number',
  is_dangerous: 'Number',
  is_costly: 'Number',
  is_warranty: 'Number',
  weight: 'Number',
  length: 'Number',
  width: 'Number',
  height: 'Number',
  volume: 'Number',
  price: 'Number',
  remark: 'String',
  matter_status: 'Number',
  brand_id: 'Number',
  brand_name: 'String',
  spu_id: 'Number',
  remove_properties: 'String',
  is_area_sale: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_rows: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.scitem.update`: method, response root, request and response schemas. */
export const taobaoScitemUpdateOperation = {
  method: 'taobao.scitem.update',
  responseRoot: 'scitem_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据商品ID或商家编码修改后端商品 — calls TOP method `taobao.scitem.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoScitemUpdate(
  client: TopClient,
  request: TaobaoScitemUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoScitemUpdateResponse> {
  return client.call<TaobaoScitemUpdateResponse>(
    {
      method: 'taobao.scitem.update',
      responseRoot: 'scitem_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
