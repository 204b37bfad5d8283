// Generated from specs/openmall/taobao.openmall.trace.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.trace.search` (获取Openmall订单物流流转信息). */
export interface TaobaoOpenmallTraceSearchRequest {
  /** 签约支付宝代扣的账号 */
  distributor?: string;
  /** 淘宝订单编号 */
  tid?: Int64Input;
}

/** Response of `taobao.openmall.trace.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallTraceSearchResponse {
  /** 返回结果 */
  result?: TaobaoOpenmallTraceSearchTopLogisticsDetailTraceVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopLogisticsDetailTraceVo` of `taobao.openmall.trace.search`. */
export interface TaobaoOpenmallTraceSearchTopLogisticsDetailTraceVo {
  /** 物流公司名称 */
  company_name?: string;
  /** 运单号 */
  out_sid?: string;
  /** 订单的物流状态（仅支持线上发货online订单，线下发货offline发出后直接变为已签收，OpenMall场景如无法判断请直接忽略，直接获取最后一个trace节点描述） * 等候发送给物流公司 *已提交给物流公司,等待物流公司接单 *已经确认消息接收，等待物流公司接单 *物流公司已接单 *物流公司不接单 *物流公司揽收失败 *物流公司揽收成功 *签收失败 *对方已签收 *对方拒绝签收 */
  status?: string;
  /** 淘宝交易单ID */
  tid?: string;
  /** 流转信息列表 */
  trace_list?: TaobaoOpenmallTraceSearchTransitStepInfoVo[];
}

/** `TransitStepInfoVo` of `taobao.openmall.trace.search`. */
export interface TaobaoOpenmallTraceSearchTransitStepInfoVo {
  /** 节点说明 */
  action?: string;
  /** 状态描述 */
  status_desc?: string;
  /** 状态发生的时间 */
  status_time?: string;
}

const REQUEST_SCHEMA = {
  distributor: 'String',
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    company_name: 'String',
    out_sid: 'String',
    status: 'String',
    tid: 'String',
    trace_list: [
      {
        action: 'String',
        status_desc: 'String',
        status_time: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.trace.search`: method, response root, request and response schemas. */
export const taobaoOpenmallTraceSearchOperation = {
  method: 'taobao.openmall.trace.search',
  responseRoot: 'openmall_trace_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取Openmall订单物流流转信息 — calls TOP method `taobao.openmall.trace.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallTraceSearch(
  client: TopClient,
  request: TaobaoOpenmallTraceSearchRequest = {},
  options?: CallOptions,
): Promise<TaobaoOpenmallTraceSearchResponse> {
  return client.call<TaobaoOpenmallTraceSearchResponse>(
    {
      method: 'taobao.openmall.trace.search',
      responseRoot: 'openmall_trace_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
