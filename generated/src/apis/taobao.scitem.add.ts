// Generated from specs/fenxiao/taobao.scitem.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.scitem.add` (发布后端商品). */
export interface TaobaoScitemAddRequest {
  /** 商品名称 */
  item_name: string;
  /** 商家编码 */
  outer_code: string;
  /** 0.普通供应链商品 1.供应链组合主商品 */
  item_type?: Int64Input;
  /** 商品属性格式是 p1:v1,p2:v2,p3:v3 */
  properties?: string;
  /** 条形码 */
  bar_code?: string;
  /** 仓储商编码 */
  wms_code?: string;
  /** 是否易碎 0：不是 1：是 */
  is_friable?: Int64Input;
  /** 是否危险 0：不是 1：是 */
  is_dangerous?: Int64Input;
  /** 是否是贵重品 0:不是 1：是 */
  is_costly?: Int64Input;
  /** 是否保质期：0:不是 1：是 */
  is_warranty?: Int64Input;
  /** 重量 单位：g */
  weight?: Int64Input;
  /** 长度 单位：mm */
  length?: Int64Input;
  /** 宽 单位：mm */
  width?: Int64Input;
  /** 高 单位：mm */
  height?: Int64Input;
  /** 体积：立方厘米 */
  volume?: Int64Input;
  /** 价格 单位：分 */
  price?: Int64Input;
  /** remark */
  remark?: string;
  /** 0:液体，1：粉体，2：固体 */
  matter_status?: Int64Input;
  /** 品牌id */
  brand_id?: Int64Input;
  /** brand_Name */
  brand_name?: string;
  /** spuId或是cspuid */
  spu_id?: Int64Input;
  /** 1表示区域销售，0或是空是非区域销售 */
  is_area_sale?: Int64Input;
}

/** Response of `taobao.scitem.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoScitemAddResponse {
  /** 后台商品信息 */
  sc_item?: TaobaoScitemAddScItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ScItem` of `taobao.scitem.add`. */
export interface TaobaoScitemAddScItem {
  /** 重量.单位：克 */
  weight?: Int64;
  /** 条形码 */
  bar_code?: string;
  /** 备注 */
  remark?: string;
  /** 宽 单位：mm */
  width?: Int64;
  /** 品牌id */
  brand_id?: Int64;
  /** 商品属性格式是 p1:v1,p2:v2,p3:v3 */
  properties?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 仓储商编码，可以支持多个，格式wmsname:code */
  wms_code?: string;
  /** 是否易碎 false ：不是 true：是 */
  is_friable?: boolean;
  /** 是否保质期：false:不是 true：是 */
  is_warranty?: boolean;
  /** 价格：分（吊牌价） */
  price?: Int64;
  /** 高 单位：mm */
  height?: Int64;
  /** 是否危险 false：不是 true：是 */
  is_dangerous?: boolean;
  /** 商品名称 */
  item_name?: string;
  /** 商品id */
  item_id?: Int64;
  /** 贵重品:false:不是 true：是 */
  is_costly?: boolean;
  /** 商家编码 */
  outer_code?: string;
  /** 体积：立方厘米 */
  volume?: Int64;
  /** 长度 单位：mm */
  length?: Int64;
  /** LIQUID:液体，1：粉体，SOLID：固体 */
  matter_status?: string;
  /** 1.普通供应链商品 2.供应链组合主商品 */
  item_type?: Int64;
}

const REQUEST_SCHEMA = {
  item_name: 'String',
  outer_code: 'String',
  item_type: 'Number',
  properties: 'String',
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
  is_area_sale: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  sc_item: {
    weight: 'Number',
    bar_code: 'String',
    remark: 'String',
    width: 'Number',
    brand_id: 'Number',
    properties: 'String',
    brand_name: 'String',
    wms_code: 'String',
    is_friable: 'Boolean',
    is_warranty: 'Boolean',
    price: 'Number',
    height: 'Number',
    is_dangerous: 'Boolean',
    item_name: 'String',
    item_id: 'Number',
    is_costly: 'Boolean',
    outer_code: 'String',
    volume: 'Number',
    length: 'Number',
    matter_status: 'String',
    item_type: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.scitem.add`: method, response root, request and response schemas. */
export const taobaoScitemAddOperation = {
  method: 'taobao.scitem.add',
  responseRoot: 'scitem_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发布后端商品 — calls TOP method `taobao.scitem.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoScitemAdd(
  client: TopClient,
  request: TaobaoScitemAddRequest,
  options?: CallOptions,
): Promise<TaobaoScitemAddResponse> {
  return client.call<TaobaoScitemAddResponse>(
    {
      method: 'taobao.scitem.add',
      responseRoot: 'scitem_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
