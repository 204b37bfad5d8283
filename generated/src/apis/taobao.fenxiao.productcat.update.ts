// Generated from specs/fenxiao/taobao.fenxiao.productcat.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.productcat.update` (修改产品线). */
export interface TaobaoFenxiaoProductcatUpdateRequest {
  /** 产品线ID */
  product_line_id: Int64Input;
  /**
   * 产品线名称
   *
   * Max length: 10
   */
  name?: string;
  /** 最低零售价比例，注意：100.00%，则输入为10000 */
  retail_low_percent?: Int64Input;
  /** 最高零售价比例，注意：100.00%，则输入为10000 */
  retail_high_percent?: Int64Input;
  /** 代销默认采购价比例，注意：100.00%，则输入为10000 */
  agent_cost_percent?: Int64Input;
  /** 经销默认采购价比例，注意：100.00%，则输入为10000 */
  dealer_cost_percent?: Int64Input;
}

/** Response of `taobao.fenxiao.productcat.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoProductcatUpdateResponse {
  /** 操作是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_line_id: 'Number',
  name: 'String',
  retail_low_percent: 'Number',
  retail_high_percent: 'Number',
  agent_cost_percent: 'Number',
  dealer_cost_percent: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.productcat.update`: method, response root, request and response schemas. */
export const taobaoFenxiaoProductcatUpdateOperation = {
  method: 'taobao.fenxiao.productcat.update',
  responseRoot: 'fenxiao_productcat_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改产品线 — calls TOP method `taobao.fenxiao.productcat.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoProductcatUpdate(
  client: TopClient,
  request: TaobaoFenxiaoProductcatUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoProductcatUpdateResponse> {
  return client.call<TaobaoFenxiaoProductcatUpdateResponse>(
    {
      method: 'taobao.fenxiao.productcat.update',
      responseRoot: 'fenxiao_productcat_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
