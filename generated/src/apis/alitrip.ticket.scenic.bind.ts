// Generated from specs/ticket/alitrip.ticket.scenic.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.ticket.scenic.bind` (【门票API2.0】门票景点绑定接口). */
export interface AlitripTicketScenicBindRequest {
  /** 必填，阿里旅行对应的景点编码 */
  ali_scenic_id: Int64Input;
  /** 商户景点城市 */
  city?: string;
  /** 商户景点地址 */
  address?: string;
  /** 商户景点名称 */
  out_scenic_name?: string;
  /** 商户景点省份 */
  province?: string;
  /** 必填，商户系统中的景点编码，用于与ali_scenic_id建立映射关系 */
  out_scenic_id: string;
  /** 可选，如果需要更新out_scenic_id与ali_scenic_id的映射关系时 需要填写 */
  update_out_scenic_id?: string;
}

/** Response of `alitrip.ticket.scenic.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTicketScenicBindResponse {
  /** 景点绑定结果 */
  first_result?: AlitripTicketScenicBindTicketScenicResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TicketScenicResult` of `alitrip.ticket.scenic.bind`. */
export interface AlitripTicketScenicBindTicketScenicResult {
  /** 是否成功 */
  success?: boolean;
  /** 商家景点编码 */
  out_scenic_id?: string;
  /** 阿里标准景点库ID */
  ali_scenic_id?: Int64;
  /** 扩展字段，预留 */
  extend?: string;
}

const REQUEST_SCHEMA = {
  ali_scenic_id: 'Number',
  city: 'String',
  address: 'String',
  out_scenic_name: 'String',
  province: 'String',
  out_scenic_id: 'String',
  update_out_scenic_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: {
    success: 'Boolean',
    out_scenic_id: 'String',
    ali_scenic_id: 'Number',
    extend: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.ticket.scenic.bind`: method, response root, request and response schemas. */
export const alitripTicketScenicBindOperation = {
  method: 'alitrip.ticket.scenic.bind',
  responseRoot: 'alitrip_ticket_scenic_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【门票API2.0】门票景点绑定接口 — calls TOP method `alitrip.ticket.scenic.bind`.
 *
 * 门票景点绑定接口，用于建立阿里标准景点id与商家系统景点id的映射关系。该接口同时支持新建和修改映射关系，当用户没有为ali_scenic_id建立过映射关系时，则判断为新建映射关系，否则为修改。可以通过设置update_out_scenic_id来修改ali_scenic_id与out_scenic_id的映射关系。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTicketScenicBind(
  client: TopClient,
  request: AlitripTicketScenicBindRequest,
  options?: CallOptions,
): Promise<AlitripTicketScenicBindResponse> {
  return client.call<AlitripTicketScenicBindResponse>(
    {
      method: 'alitrip.ticket.scenic.bind',
      responseRoot: 'alitrip_ticket_scenic_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
