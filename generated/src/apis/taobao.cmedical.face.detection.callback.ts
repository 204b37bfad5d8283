// Generated from specs/dt/taobao.cmedical.face.detection.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.cmedical.face.detection.callback` (魔镜测肤结果数据回调接口). */
export interface TaobaoCmedicalFaceDetectionCallbackRequest {
  /** 一次测肤接口的唯一请求id */
  request_id: string;
  /** isv身份识别 */
  identity: string;
  /** 场景，直播：live，店铺：shop */
  scene: string;
  /** 测肤结果数据 */
  data?: string;
  /** true:成功，false：失败 */
  success: boolean;
  /** 错误消息 */
  error_msg?: string;
}

/** Response of `taobao.cmedical.face.detection.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCmedicalFaceDetectionCallbackResponse {
  /** 接口返回model */
  result?: TaobaoCmedicalFaceDetectionCallbackResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.cmedical.face.detection.callback`. */
export interface TaobaoCmedicalFaceDetectionCallbackResult {
  /** 错误信息 */
  error?: TaobaoCmedicalFaceDetectionCallbackTribeError;
  /** 是否成功，true：成功，false：失败 */
  success?: boolean;
}

/** `TribeError` of `taobao.cmedical.face.detection.callback`. */
export interface TaobaoCmedicalFaceDetectionCallbackTribeError {
  /** 错误码 */
  code?: string;
  /** 错误说明 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request_id: 'String',
  identity: 'String',
  scene: 'String',
  data: 'String',
  success: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error: {
      code: 'String',
      message: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.cmedical.face.detection.callback`: method, response root, request and response schemas. */
export const taobaoCmedicalFaceDetectionCallbackOperation = {
  method: 'taobao.cmedical.face.detection.callback',
  responseRoot: 'cmedical_face_detection_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 魔镜测肤结果数据回调接口 — calls TOP method `taobao.cmedical.face.detection.callback`.
 *
 * 消费医疗魔镜项目，isv将异步测肤结果数据，回传给行业。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCmedicalFaceDetectionCallback(
  client: TopClient,
  request: TaobaoCmedicalFaceDetectionCallbackRequest,
  options?: CallOptions,
): Promise<TaobaoCmedicalFaceDetectionCallbackResponse> {
  return client.call<TaobaoCmedicalFaceDetectionCallbackResponse>(
    {
      method: 'taobao.cmedical.face.detection.callback',
      responseRoot: 'cmedical_face_detection_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
