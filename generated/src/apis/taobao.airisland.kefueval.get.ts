// Generated from specs/wangwang/taobao.airisland.kefueval.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.airisland.kefueval.get` (客服评价详情接口_V2). */
export interface TaobaoAirislandKefuevalGetRequest {
  /** 客服的nick，多个用逗号分隔，不要超过10个，带cntaobao的长nick */
  query_ids: string;
  /** 开始时间，格式yyyyMMddHHmmss，时间范围：[now-90d,now-1d] */
  btime: string;
  /** 结束时间，格式yyyyMMddHHmmss，时间范围：[now-90d,now-1d] */
  etime: string;
}

/** Response of `taobao.airisland.kefueval.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAirislandKefuevalGetResponse {
  /** 评价结果数 */
  result_count?: Int64;
  /** 评价明细 */
  staff_eval_details?: TaobaoAirislandKefuevalGetEvalDetail[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EvalDetail` of `taobao.airisland.kefueval.get`. */
export interface TaobaoAirislandKefuevalGetEvalDetail {
  /** 评分：0-非常满意；1-满意；2-一般；3-不满意；4-非常不满意 */
  eval_code?: Int64;
  /** 发送评价邀请的商家客服昵称 */
  eval_sender?: string;
  /** 最后一次评价的时间 */
  eval_time?: string;
  /** 接收评价的消费者用户ID */
  open_uid?: string;
  /** 评价的发送时间 */
  send_time?: string;
  /** 评价来源：0-客服邀评；1-消费者自主评价；2-系统邀评 */
  source?: Int64;
  /** 评价标签，可空 */
  label_name?: string;
  /** 脱敏后的买家nick，可空 */
  eval_recer?: string;
}

const REQUEST_SCHEMA = {
  query_ids: 'String',
  btime: 'String',
  etime: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_count: 'Number',
  staff_eval_details: [
    {
      eval_code: 'Number',
      eval_sender: 'String',
      eval_time: 'Date',
      open_uid: 'String',
      send_time: 'Date',
      source: 'Number',
      label_name: 'String',
      eval_recer: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.airisland.kefueval.get`: method, response root, request and response schemas. */
export const taobaoAirislandKefuevalGetOperation = {
  method: 'taobao.airisland.kefueval.get',
  responseRoot: 'airisland_kefueval_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 客服评价详情接口_V2 — calls TOP method `taobao.airisland.kefueval.get`.
 *
 * 获取买家对客服的服务评价
 *
 * 注意：
 *
 * 1. 请求超时[isp.top-remote-connection-timeout]或者数据过大错误[isp.runtime-max-limit]：因为某些帐号请求的数据会非常大，【需要通过减少请求时间范围避免该问题】
 *
 * 2. 时间范围：[now()-90d<=btime ~ etime <= now()-1d ] AND etime-btime <=7d
 *
 * 3. 变更eval_recer：可空，返回脱敏的买家nick，如：摩天轮 -> 摩**
 *
 * 4. 新增labelName：可空
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAirislandKefuevalGet(
  client: TopClient,
  request: TaobaoAirislandKefuevalGetRequest,
  options?: CallOptions,
): Promise<TaobaoAirislandKefuevalGetResponse> {
  return client.call<TaobaoAirislandKefuevalGetResponse>(
    {
      method: 'taobao.airisland.kefueval.get',
      responseRoot: 'airisland_kefueval_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
