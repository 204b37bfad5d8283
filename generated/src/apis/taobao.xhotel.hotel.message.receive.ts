// Generated from specs/hotelhstdf/taobao.xhotel.hotel.message.receive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.hotel.message.receive` (接收道消息接口). */
export interface TaobaoXhotelHotelMessageReceiveRequest {
  /** 文件在OSS的存储路径，不包含文件名，只包含文件夹路径 */
  oss_path?: string;
  /** 上传的文件个数 */
  file_count?: Int64Input;
  /** 文件记录总数量 */
  record_count?: Int64Input;
  /** 数据的类型，枚举值见文档 */
  data_type?: Int64Input;
}

/** Response of `taobao.xhotel.hotel.message.receive`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelHotelMessageReceiveResponse {
  /** 响应结果 */
  result?: TaobaoXhotelHotelMessageReceiveDidaResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DidaResult` of `taobao.xhotel.hotel.message.receive`. */
export interface TaobaoXhotelHotelMessageReceiveDidaResult {
  /** 服务是否成功 */
  success?: boolean;
  /** 错误码 */
  result_code?: string;
  /** 错误信息 */
  result_msg?: string;
}

const REQUEST_SCHEMA = {
  oss_path: 'String',
  file_count: 'Number',
  record_count: 'Number',
  data_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    result_code: 'String',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.hotel.message.receive`: method, response root, request and response schemas. */
export const taobaoXhotelHotelMessageReceiveOperation = {
  method: 'taobao.xhotel.hotel.message.receive',
  responseRoot: 'xhotel_hotel_message_receive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 接收道消息接口 — calls TOP method `taobao.xhotel.hotel.message.receive`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelHotelMessageReceive(
  client: TopClient,
  request: TaobaoXhotelHotelMessageReceiveRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelHotelMessageReceiveResponse> {
  return client.call<TaobaoXhotelHotelMessageReceiveResponse>(
    {
      method: 'taobao.xhotel.hotel.message.receive',
      responseRoot: 'xhotel_hotel_message_receive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
