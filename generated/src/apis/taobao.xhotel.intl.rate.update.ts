// Generated from specs/xhotelonlineorder/taobao.xhotel.intl.rate.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.intl.rate.update` (不落库商家推送更新酒店rate). */
export interface TaobaoXhotelIntlRateUpdateRequest {
  /** rate更新参数 */
  update_rate_param?: TaobaoXhotelIntlRateUpdateUpdateRateParamInput;
}

/** Response of `taobao.xhotel.intl.rate.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelIntlRateUpdateResponse {
  /** 查询结果集 */
  result?: TaobaoXhotelIntlRateUpdateResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateRateParam` of `taobao.xhotel.intl.rate.update`. */
export interface TaobaoXhotelIntlRateUpdateUpdateRateParamInput {
  /** rate更新列表 */
  update_rate_d_o_list?: TaobaoXhotelIntlRateUpdateUpdateRateDoInput[];
  /** 过期时间 */
  expire_time?: DateInput;
  /** 供应商 */
  supplier: string;
}

/** `UpdateRateDo` of `taobao.xhotel.intl.rate.update`. */
export interface TaobaoXhotelIntlRateUpdateUpdateRateDoInput {
  /** 入离日期 */
  check_date_d_o_list?: TaobaoXhotelIntlRateUpdateCheckDateDoInput[];
  /** 成人数 */
  adults?: Int64Input;
  /** 酒店id */
  out_hid: string;
  /** 儿童数 */
  children?: Int64Input;
  /** 儿童年龄，多个儿童年龄用竖线分割：4|5，默认儿童年龄为5岁 */
  ages?: string;
}

/** `CheckDateDo` of `taobao.xhotel.intl.rate.update`. */
export interface TaobaoXhotelIntlRateUpdateCheckDateDoInput {
  /** 入住时间 */
  check_out: DateInput;
  /** 离店时间 */
  check_in: DateInput;
}

/** `ResultSet` of `taobao.xhotel.intl.rate.update`. */
export interface TaobaoXhotelIntlRateUpdateResultSet {
  /** total_results */
  total_results?: Int64;
  /** errorCode */
  error_code?: string;
  /** sub_error_msg */
  sub_error_msg?: string;
  /** sub_error_code */
  sub_error_code?: string;
  /** detail_msg_info */
  detail_msg_info?: string;
  /** 总记录条数 */
  total_count?: Int64;
  /** errorMsg */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  update_rate_param: {
    update_rate_d_o_list: [
      {
        check_date_d_o_list: [
          {
            check_out: 'Date',
            check_in: 'Date',
          },
        ],
        adults: 'Number',
        out_hid: 'String',
        children: 'Number',
        ages: 'String',
      },
    ],
    expire_time: 'Date',
    supplier: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_results: 'Number',
    error_code: 'String',
    sub_error_msg: 'String',
    sub_error_code: 'String',
    detail_msg_info: 'String',
    total_count: 'Number',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.intl.rate.update`: method, response root, request and response schemas. */
export const taobaoXhotelIntlRateUpdateOperation = {
  method: 'taobao.xhotel.intl.rate.update',
  responseRoot: 'xhotel_intl_rate_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 不落库商家推送更新酒店rate — calls TOP method `taobao.xhotel.intl.rate.update`.
 *
 * 商家主动推送不落库商品的酒店信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelIntlRateUpdate(
  client: TopClient,
  request: TaobaoXhotelIntlRateUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelIntlRateUpdateResponse> {
  return client.call<TaobaoXhotelIntlRateUpdateResponse>(
    {
      method: 'taobao.xhotel.intl.rate.update',
      responseRoot: 'xhotel_intl_rate_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
