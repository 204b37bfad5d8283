// Generated from specs/happytrip/alibaba.htorder.hotel.sync.config.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.htorder.hotel.sync.config` (同步配置信息). */
export interface AlibabaHtorderHotelSyncConfigRequest {
  /** 配置信息 */
  data_entity?: AlibabaHtorderHotelSyncConfigHotelMessageConfigDtoInput;
}

/** Response of `alibaba.htorder.hotel.sync.config`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHtorderHotelSyncConfigResponse {
  /** 执行结果 */
  succ?: boolean;
  /** 错误码 */
  err_no?: string;
  /** 栈信息 */
  stack_trace?: string;
  /** 成功OR失败 */
  content?: boolean;
  /** 错误信息 */
  err_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotelMessageConfigDto` of `alibaba.htorder.hotel.sync.config`. */
export interface AlibabaHtorderHotelSyncConfigHotelMessageConfigDtoInput {
  /** 配置信息 */
  segments?: string[];
}

const REQUEST_SCHEMA = {
  data_entity: {
    segments: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  succ: 'Boolean',
  err_no: 'String',
  stack_trace: 'String',
  content: 'Boolean',
  err_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.htorder.hotel.sync.config`: method, response root, request and response schemas. */
export const alibabaHtorderHotelSyncConfigOperation = {
  method: 'alibaba.htorder.hotel.sync.config',
  responseRoot: 'alibaba_htorder_hotel_sync_config_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步配置信息 — calls TOP method `alibaba.htorder.hotel.sync.config`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHtorderHotelSyncConfig(
  client: TopClient,
  request: AlibabaHtorderHotelSyncConfigRequest = {},
  options?: CallOptions,
): Promise<AlibabaHtorderHotelSyncConfigResponse> {
  return client.call<AlibabaHtorderHotelSyncConfigResponse>(
    {
      method: 'alibaba.htorder.hotel.sync.config',
      responseRoot: 'alibaba_htorder_hotel_sync_config_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
