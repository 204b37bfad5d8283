// Generated from specs/tvupadmin/yunos.tvpubadmin.user.orderlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.user.orderlist` (获取用户订单列表). */
export interface YunosTvpubadminUserOrderlistRequest {
  /** 用户ID */
  uid?: Int64Input;
  /** 开始时间 */
  create_time_start_str?: string;
  /** 结束时间 */
  create_time_end_str?: string;
  /** 牌照方 */
  license: Int64Input;
  /** 页码值 */
  page_no: Int64Input;
  /** 每页行数 */
  page_size: Int64Input;
}

/** Response of `yunos.tvpubadmin.user.orderlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminUserOrderlistResponse {
  /** object */
  object?: YunosTvpubadminUserOrderlistPaginationDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PaginationDO` of `yunos.tvpubadmin.user.orderlist`. */
export interface YunosTvpubadminUserOrderlistPaginationDO {
  /** 总数 */
  total?: Int64;
  /** 页码值 */
  page_no?: Int64;
  /** 每页条数 */
  page_size?: Int64;
  /** list */
  list?: YunosTvpubadminUserOrderlistSearchOrderInfoDO[];
}

/** `SearchOrderInfoDO` of `yunos.tvpubadmin.user.orderlist`. */
export interface YunosTvpubadminUserOrderlistSearchOrderInfoDO {
  /** 创建时间 */
  gmt_modified?: string;
  /** 用户ID */
  uid?: Int64;
  /** 产品名称 */
  subject?: string;
  /** 用户名 */
  user_logon_id?: string;
  /** 实际支付金额 */
  actual_paid_price?: Int64;
  /** 产品类型 */
  subject_type?: Int64;
  /** 牌照方 */
  license?: string;
  /** 优酷用户ID */
  youku_uid?: Int64;
  /** 权益截止时间 */
  gmt_vaild_end?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 状态 */
  status?: Int64;
  /** 优酷登录ID */
  youku_logon_id?: string;
  /** 权益开始时间 */
  gmt_vaild_start?: string;
  /** 价格 */
  price?: Int64;
  /** 订单号 */
  order_no?: Int64;
  /** 支付时间 */
  gmt_pay_success?: string;
  /** 产品ID */
  subject_id?: string;
  /** 业务类型 */
  biz_type?: Int64;
  /** 客户端IP */
  client_ip?: string;
  /** 设备唯一标识 */
  uuid?: string;
}

const REQUEST_SCHEMA = {
  uid: 'Number',
  create_time_start_str: 'String',
  create_time_end_str: 'String',
  license: 'Number',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: {
    total: 'Number',
    page_no: 'Number',
    page_size: 'Number',
    list: [
      {
        gmt_modified: 'Date',
        uid: 'Number',
        subject: 'String',
        user_logon_id: 'String',
        actual_paid_price: 'Number',
        subject_type: 'Number',
        license: 'String',
        youku_uid: 'Number',
        gmt_vaild_end: 'Date',
        gmt_create: 'Date',
        status: 'Number',
        youku_logon_id: 'String',
        gmt_vaild_start: 'Date',
        price: 'Number',
        order_no: 'Number',
        gmt_pay_success: 'Date',
        subject_id: 'String',
        biz_type: 'Number',
        client_ip: 'String',
        uuid: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.user.orderlist`: method, response root, request and response schemas. */
export const yunosTvpubadminUserOrderlistOperation = {
  method: 'yunos.tvpubadmin.user.orderlist',
  responseRoot: 'yunos_tvpubadmin_user_orderlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户订单列表 — calls TOP method `yunos.tvpubadmin.user.orderlist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminUserOrderlist(
  client: TopClient,
  request: YunosTvpubadminUserOrderlistRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminUserOrderlistResponse> {
  return client.call<YunosTvpubadminUserOrderlistResponse>(
    {
      method: 'yunos.tvpubadmin.user.orderlist',
      responseRoot: 'yunos_tvpubadmin_user_orderlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
