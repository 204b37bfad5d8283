// Generated from specs/tmallgenie/alibaba.iot.device.corpus.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.iot.device.corpus.get` (IoT设备支持语料获取). */
export interface AlibabaIotDeviceCorpusGetRequest {
  /** 天猫精灵开放用户id */
  user_open_id?: string;
  /** 天猫精灵开放的client id */
  client_id?: string;
  /** iot设备id */
  dev_id?: string;
}

/** Response of `alibaba.iot.device.corpus.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIotDeviceCorpusGetResponse {
  /** 返回结构体 */
  ret_values?: AlibabaIotDeviceCorpusGetDeviceCorpusTopDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeviceCorpusTopDto` of `alibaba.iot.device.corpus.get`. */
export interface AlibabaIotDeviceCorpusGetDeviceCorpusTopDto {
  /** 操作语料 */
  corpus_list?: string[];
  /** 支持的操作类型 */
  function_name?: string;
}

const REQUEST_SCHEMA = {
  user_open_id: 'String',
  client_id: 'String',
  dev_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_values: [
    {
      corpus_list: ['String'],
      function_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.iot.device.corpus.get`: method, response root, request and response schemas. */
export const alibabaIotDeviceCorpusGetOperation = {
  method: 'alibaba.iot.device.corpus.get',
  responseRoot: 'alibaba_iot_device_corpus_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * IoT设备支持语料获取 — calls TOP method `alibaba.iot.device.corpus.get`.
 *
 * ISV通过该接口获取天猫精灵IoT设备支持控制或查询的语料
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIotDeviceCorpusGet(
  client: TopClient,
  request: AlibabaIotDeviceCorpusGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaIotDeviceCorpusGetResponse> {
  return client.call<AlibabaIotDeviceCorpusGetResponse>(
    {
      method: 'alibaba.iot.device.corpus.get',
      responseRoot: 'alibaba_iot_device_corpus_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
