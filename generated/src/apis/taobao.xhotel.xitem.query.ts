// Generated from specs/xhotelitem/taobao.xhotel.xitem.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.xitem.query` (查询 x 元素). */
export interface TaobaoXhotelXitemQueryRequest {
  /** 系统商，一般不填写，使用须申请 */
  vendor?: string;
  /** 商家酒店ID，指明该 x 元素属于哪家酒店 */
  out_hid: string;
  /** 商家房型ID，指明该 x 元素关联哪个房型 */
  out_rid?: string;
  /** 商家 RP ID，指明该 x 元素关联了哪个 RP */
  rate_plan_code?: string;
  /** 需要查询的 x_code 编码 */
  out_x_codes?: string;
}

/** Response of `taobao.xhotel.xitem.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelXitemQueryResponse {
  /** 返回结果 */
  result?: TaobaoXhotelXitemQueryResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.xitem.query`. */
export interface TaobaoXhotelXitemQueryResultSet {
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 查询到的 x 元素 */
  x_items?: TaobaoXhotelXitemQueryHotelXitemDO[];
  /** 记录总数 */
  total_count?: Int64;
}

/** `HotelXitemDO` of `taobao.xhotel.xitem.query`. */
export interface TaobaoXhotelXitemQueryHotelXitemDO {
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 外部code */
  out_x_code?: string;
  /** 子类型code */
  sub_type_code?: string;
  /** 外部酒店code */
  out_hid?: string;
  /** 元素类型简写 */
  short_name?: string;
  /** 服务时间段 */
  time?: string;
  /** 商品价值 */
  value?: Int64;
  /** 商品使用说明 */
  item_desc?: string;
  /** 状态是否生效0 失效, 1生效 */
  status?: Int64;
  /** 附加产品使用维度 1:每间房维度 2:每间夜维度 */
  dimension_type?: Int64;
  /** 审核状态-1：拒绝，0：审核中，1：审核通过 */
  audit_status?: Int64;
  /** 审核拒绝原因 */
  audit_reject_reason?: string;
  /** 详细信息json字符串 */
  feature_detail?: string;
  /** 酒+X 图片格式化信息 */
  pictures?: TaobaoXhotelXitemQueryHotelXItemPicture[];
}

/** `HotelXItemPicture` of `taobao.xhotel.xitem.query`. */
export interface TaobaoXhotelXitemQueryHotelXItemPicture {
  /** 图片地址 */
  url?: string;
  /** 是否主图 */
  is_main?: boolean;
}

const REQUEST_SCHEMA = {
  vendor: 'String',
  out_hid: 'String',
  out_rid: 'String',
  rate_plan_code: 'String',
  out_x_codes: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'String',
    x_items: [
      {
        gmt_create: 'Date',
        gmt_modified: 'Date',
        out_x_code: 'String',
        sub_type_code: 'String',
        out_hid: 'String',
        short_name: 'String',
        time: 'String',
        value: 'Number',
        item_desc: 'String',
        status: 'Number',
        dimension_type: 'Number',
        audit_status: 'Number',
        audit_reject_reason: 'String',
        feature_detail: 'String',
        pictures: [
          {
            url: 'String',
            is_main: 'Boolean',
          },
        ],
      },
    ],
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.xitem.query`: method, response root, request and response schemas. */
export const taobaoXhotelXitemQueryOperation = {
  method: 'taobao.xhotel.xitem.query',
  responseRoot: 'xhotel_xitem_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询 x 元素 — calls TOP method `taobao.xhotel.xitem.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelXitemQuery(
  client: TopClient,
  request: TaobaoXhotelXitemQueryRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelXitemQueryResponse> {
  return client.call<TaobaoXhotelXitemQueryResponse>(
    {
      method: 'taobao.xhotel.xitem.query',
      responseRoot: 'xhotel_xitem_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
