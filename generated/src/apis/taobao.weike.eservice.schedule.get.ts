// Generated from specs/servicecenter/taobao.weike.eservice.schedule.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.weike.eservice.schedule.get` (客服排班信息查询接口). */
export interface TaobaoWeikeEserviceScheduleGetRequest {
  /** 订单ID，orderId、sellerNick、spNick三者不能同时为Null */
  order_id?: Int64Input;
  /** 商家子账号昵称，orderId、sellerNick、spNick三者不能同时为Null */
  seller_nick?: string;
  /** 服务商子账号昵称，orderId、sellerNick、spNick三者不能同时为Null */
  sp_nick?: string;
  /** 起始日期，起始日期和结束日期跨度不能超过31天 */
  start_date: DateInput;
  /** 结束日期，起始日期和结束日期跨度不能超过31天 */
  end_date: DateInput;
}

/** Response of `taobao.weike.eservice.schedule.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWeikeEserviceScheduleGetResponse {
  /** 排班信息查询结果 */
  result?: TaobaoWeikeEserviceScheduleGetCsSchedulingWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CsSchedulingWrapper` of `taobao.weike.eservice.schedule.get`. */
export interface TaobaoWeikeEserviceScheduleGetCsSchedulingWrapper {
  /** 排班记录条数（按天计算） */
  total_count?: Int64;
  /** 按天排班信息 */
  cs_schedulings?: TaobaoWeikeEserviceScheduleGetCsScheduling[];
}

/** `CsScheduling` of `taobao.weike.eservice.schedule.get`. */
export interface TaobaoWeikeEserviceScheduleGetCsScheduling {
  /** 排班日期 */
  date?: string;
  /** 排班日期字符串 */
  string_date?: string;
  /** 一天内排班信息 */
  schedulings?: TaobaoWeikeEserviceScheduleGetScheduling[];
  /** 订单ID */
  order_id?: Int64;
  /** 排班记录更新时间 */
  modified_time?: string;
}

/** `Scheduling` of `taobao.weike.eservice.schedule.get`. */
export interface TaobaoWeikeEserviceScheduleGetScheduling {
  /** 排班起始时间 */
  start_time?: string;
  /** 排班结束时间 */
  end_time?: string;
  /** 商家子账号 */
  seller_nick?: string;
  /** 服务商子账号 */
  sp_nick?: string;
  /** 排班记录状态，1表示生效，-1表示失效 */
  state?: Int64;
  /** 排班记录状态描述 */
  state_des?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  seller_nick: 'String',
  sp_nick: 'String',
  start_date: 'Date',
  end_date: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_count: 'Number',
    cs_schedulings: [
      {
        date: 'Date',
        string_date: 'String',
        schedulings: [
          {
            start_time: 'Date',
            end_time: 'Date',
            seller_nick: 'String',
            sp_nick: 'String',
            state: 'Number',
            state_des: 'String',
          },
        ],
        order_id: 'Number',
        modified_time: 'Date',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.weike.eservice.schedule.get`: method, response root, request and response schemas. */
export const taobaoWeikeEserviceScheduleGetOperation = {
  method: 'taobao.weike.eservice.schedule.get',
  responseRoot: 'weike_eservice_schedule_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 客服排班信息查询接口 — calls TOP method `taobao.weike.eservice.schedule.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWeikeEserviceScheduleGet(
  client: TopClient,
  request: TaobaoWeikeEserviceScheduleGetRequest,
  options?: CallOptions,
): Promise<TaobaoWeikeEserviceScheduleGetResponse> {
  return client.call<TaobaoWeikeEserviceScheduleGetResponse>(
    {
      method: 'taobao.weike.eservice.schedule.get',
      responseRoot: 'weike_eservice_schedule_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
