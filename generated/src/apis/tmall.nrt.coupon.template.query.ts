// Generated from specs/tmallnr/tmall.nrt.coupon.template.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.coupon.template.query` (查询券模版). */
export interface TmallNrtCouponTemplateQueryRequest {
  /** 业务编码 */
  biz_code: string;
  /** 券模版id集合 */
  coupon_template_ids: string;
  /** 券类型 */
  coupon_type: Int64Input;
}

/** Response of `tmall.nrt.coupon.template.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtCouponTemplateQueryResponse {
  /** 接口返回model */
  result?: TmallNrtCouponTemplateQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.nrt.coupon.template.query`. */
export interface TmallNrtCouponTemplateQueryResult {
  /** 错误码 */
  code?: Int64;
  /** 券模版数据 */
  model?: TmallNrtCouponTemplateQueryNrtCouponTemplateDTO[];
  /** message */
  message?: string;
}

/** `NrtCouponTemplateDTO` of `tmall.nrt.coupon.template.query`. */
export interface TmallNrtCouponTemplateQueryNrtCouponTemplateDTO {
  /** 版本 */
  version?: Int64;
  /** 券总数 */
  total_count?: Int64;
  /** 券剩余数量 */
  reserve_count?: Int64;
  /** 券渠道 */
  channel?: string;
  /** 门槛 */
  start_fee?: Int64;
  /** 面额 */
  discount?: Int64;
  /** 创建人 */
  creator?: string;
  /** 修改人 */
  modified_by?: string;
  /** 使用时间类型use_time_type */
  use_time_type?: Int64;
  /** 领取后可以使用的相对时间，秒或天为单位 */
  use_time?: Int64;
  /** 使用开始时间:yyyy-MM-dd HH:mm:ss */
  start_time?: string;
  /** 使用结束时间:yyyy-MM-dd HH:mm:ss */
  end_time?: string;
  /** 券状态 */
  status?: Int64;
  /** 券类型 */
  coupon_type?: Int64;
  /** 券名称 */
  coupon_name?: string;
  /** 发放开始时间yyyy-MM-dd HH:mm:ss */
  send_start_time?: string;
  /** 发放结束时间yyyy-MM-dd HH:mm:ss */
  send_end_time?: string;
  /** 券模版id */
  coupon_template_id?: Int64;
  /** 发放code */
  uuid?: string;
  /** 扩展信息 */
  extra?: string;
}

const REQUEST_SCHEMA = {
  biz_code: 'String',
  coupon_template_ids: 'String',
  coupon_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    model: [
      {
        version: 'Number',
        total_count: 'Number',
        reserve_count: 'Number',
        channel: 'String',
        start_fee: 'Number',
        discount: 'Number',
        creator: 'String',
        modified_by: 'String',
        use_time_type: 'Number',
        use_time: 'Number',
        start_time: 'String',
        end_time: 'String',
        status: 'Number',
        coupon_type: 'Number',
        coupon_name: 'String',
        send_start_time: 'String',
        send_end_time: 'String',
        coupon_template_id: 'Number',
        uuid: 'String',
        extra: 'String',
      },
    ],
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.coupon.template.query`: method, response root, request and response schemas. */
export const tmallNrtCouponTemplateQueryOperation = {
  method: 'tmall.nrt.coupon.template.query',
  responseRoot: 'tmall_nrt_coupon_template_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询券模版 — calls TOP method `tmall.nrt.coupon.template.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtCouponTemplateQuery(
  client: TopClient,
  request: TmallNrtCouponTemplateQueryRequest,
  options?: CallOptions,
): Promise<TmallNrtCouponTemplateQueryResponse> {
  return client.call<TmallNrtCouponTemplateQueryResponse>(
    {
      method: 'tmall.nrt.coupon.template.query',
      responseRoot: 'tmall_nrt_coupon_template_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
