// Generated from specs/fenxiao/taobao.scitem.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.scitem.query` (查询后端商品). */
export interface TaobaoScitemQueryRequest {
  /** 商品名称 */
  item_name?: string;
  /** 商家给商品的一个编码 */
  outer_code?: string;
  /** 仓库编码 */
  wms_code?: string;
  /** 条形码 */
  bar_code?: string;
  /** ITEM类型(只允许输入以下英文或空) NORMAL 0:普通商品; COMBINE 1:是否是组合商品 DISTRIBUTION */
  item_type?: Int64Input;
  /** 当前页码数 */
  page_index?: Int64Input;
  /** 分页记录个数，如果用户输入的记录数大于50，则一页显示50条记录 */
  page_size?: Int64Input;
}

/** Response of `taobao.scitem.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoScitemQueryResponse {
  /** List */
  sc_item_list?: TaobaoScitemQueryScItem[];
  /** 商品条数 */
  total_page?: Int64;
  /** 分页 */
  query_pagination?: TaobaoScitemQueryQueryPagination;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ScItem` of `taobao.scitem.query`. */
export interface TaobaoScitemQueryScItem {
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
  /** 1表示区域销售，0或是空是非区域销售 */
  is_area_sale?: Int64;
  /** 后端商品options字段 */
  options?: Int64;
}

/** `QueryPagination` of `taobao.scitem.query`. */
export interface TaobaoScitemQueryQueryPagination {
  /** 当前页码数 */
  page_index?: Int64;
  /** 分页记录个数，如果用户输入的记录数大于50，则一页显示50条记录 */
  page_size?: Int64;
}

const REQUEST_SCHEMA = {
  item_name: 'String',
  outer_code: 'String',
  wms_code: 'String',
  bar_code: 'String',
  item_type: 'Number',
  page_index: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  sc_item_list: [
    {
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
      is_area_sale: 'Number',
      options: 'Number',
    },
  ],
  total_page: 'Number',
  query_pagination: {
    page_index: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.scitem.query`: method, response root, request and response schemas. */
export const taobaoScitemQueryOperation = {
  method: 'taobao.scitem.query',
  responseRoot: 'scitem_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询后端商品 — calls TOP method `taobao.scitem.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoScitemQuery(
  client: TopClient,
  request: TaobaoScitemQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoScitemQueryResponse> {
  return client.call<TaobaoScitemQueryResponse>(
    {
      method: 'taobao.scitem.query',
      responseRoot: 'scitem_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
