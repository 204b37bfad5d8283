// Generated from specs/eticket/taobao.vmarket.eticket.tasks.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.tasks.get` (任务列表获取接口). */
export interface TaobaoVmarketEticketTasksGetRequest {
  /** 卖家家ID(信任卖家不必传，码商可选) */
  seller_id?: Int64Input;
  /**
   * 返回结果类型:
   * 1:返回通知失败的订单
   * 2.返回通知成功回调失败的订单
   */
  type: Int64Input;
  /** 页码。取值范围:大于零的整数; 默认值:1 */
  page_no?: Int64Input;
  /** 每页获取条数。默认值40，最小值1，最大值100。 */
  page_size?: Int64Input;
  /** 码商ID，如果是码商，必须传，如果是信任卖家，不需要传 */
  codemerchant_id?: Int64Input;
}

/** Response of `taobao.vmarket.eticket.tasks.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketTasksGetResponse {
  /** 任务列表查询结果信息 */
  eticket_tasks?: TaobaoVmarketEticketTasksGetEticketTask[];
  /** 任务列表查询结果的总数 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EticketTask` of `taobao.vmarket.eticket.tasks.get`. */
export interface TaobaoVmarketEticketTasksGetEticketTask {
  /** 订单ID */
  order_id?: Int64;
}

const REQUEST_SCHEMA = {
  seller_id: 'Number',
  type: 'Number',
  page_no: 'Number',
  page_size: 'Number',
  codemerchant_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  eticket_tasks: [
    {
      order_id: 'Number',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.tasks.get`: method, response root, request and response schemas. */
export const taobaoVmarketEticketTasksGetOperation = {
  method: 'taobao.vmarket.eticket.tasks.get',
  responseRoot: 'vmarket_eticket_tasks_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 任务列表获取接口 — calls TOP method `taobao.vmarket.eticket.tasks.get`.
 *
 * 外部合作卖家获取任务列表的信息：如发码同通知失败或者回调失败的订单号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketTasksGet(
  client: TopClient,
  request: TaobaoVmarketEticketTasksGetRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketTasksGetResponse> {
  return client.call<TaobaoVmarketEticketTasksGetResponse>(
    {
      method: 'taobao.vmarket.eticket.tasks.get',
      responseRoot: 'vmarket_eticket_tasks_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
