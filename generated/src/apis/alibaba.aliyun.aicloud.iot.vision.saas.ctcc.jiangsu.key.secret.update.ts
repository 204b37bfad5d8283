// Generated from specs/tmallgenie/alibaba.aliyun.aicloud.iot.vision.saas.ctcc.jiangsu.key.secret.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliyun.aicloud.iot.vision.saas.ctcc.jiangsu.key.secret.update` (天猫精灵 IoT 视频 SaaS 服务-江苏电信-appKeySecret 更新). */
export interface AlibabaAliyunAicloudIotVisionSaasCtccJiangsuKeySecretUpdateRequest {
  /** 新的 key */
  secret: string;
  /** 一次请求的唯一标识符 */
  seq_id: string;
}

/** Response of `alibaba.aliyun.aicloud.iot.vision.saas.ctcc.jiangsu.key.secret.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliyunAicloudIotVisionSaasCtccJiangsuKeySecretUpdateResponse {
  /** 错误信息。success 表示成功 */
  rsp_msg?: string;
  /** 错误码。200 表示成功 */
  rsp_code?: Int64;
  /** 一次请求的唯一标识符，和请求中的 seq_id 对齐 */
  seq_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  secret: 'String',
  seq_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rsp_msg: 'String',
  rsp_code: 'Number',
  seq_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliyun.aicloud.iot.vision.saas.ctcc.jiangsu.key.secret.update`: method, response root, request and response schemas. */
export const alibabaAliyunAicloudIotVisionSaasCtccJiangsuKeySecretUpdateOperation = {
  method: 'alibaba.aliyun.aicloud.iot.vision.saas.ctcc.jiangsu.key.secret.update',
  responseRoot: 'alibaba_aliyun_aicloud_iot_vision_saas_ctcc_jiangsu_key_secret_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵 IoT 视频 SaaS 服务-江苏电信-appKeySecret 更新 — calls TOP method `alibaba.aliyun.aicloud.iot.vision.saas.ctcc.jiangsu.key.secret.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliyunAicloudIotVisionSaasCtccJiangsuKeySecretUpdate(
  client: TopClient,
  request: AlibabaAliyunAicloudIotVisionSaasCtccJiangsuKeySecretUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAliyunAicloudIotVisionSaasCtccJiangsuKeySecretUpdateResponse> {
  return client.call<AlibabaAliyunAicloudIotVisionSaasCtccJiangsuKeySecretUpdateResponse>(
    {
      method: 'alibaba.aliyun.aicloud.iot.vision.saas.ctcc.jiangsu.key.secret.update',
      responseRoot: 'alibaba_aliyun_aicloud_iot_vision_saas_ctcc_jiangsu_key_secret_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
