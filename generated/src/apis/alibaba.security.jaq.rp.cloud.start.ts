// Generated from specs/security/alibaba.security.jaq.rp.cloud.start.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.cloud.start` (实人认证云开始认证). */
export interface AlibabaSecurityJaqRpCloudStartRequest {
  /** token */
  verify_token: string;
  /** 客户端信息，如果是服务端接入，里面的参数可为空 */
  client_info: AlibabaSecurityJaqRpCloudStartRpClientInfoInput;
  /** 扩展信息 */
  extra_data?: string | Record<string, unknown>;
}

/** Response of `alibaba.security.jaq.rp.cloud.start`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpCloudStartResponse {
  /** result */
  data?: AlibabaSecurityJaqRpCloudStartRpStartResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpClientInfo` of `alibaba.security.jaq.rp.cloud.start`. */
export interface AlibabaSecurityJaqRpCloudStartRpClientInfoInput {
  /** appKey */
  app_key_info?: string;
  /** 应用名 */
  app_name?: string;
  /** 应用版本 */
  app_version?: string;
  /** 剩余内存 */
  available_memory?: string;
  /** 客户端类别 */
  client_type?: string;
  /** 架构 */
  cpu_arch?: string;
  /** 原始设备号 */
  device_id?: string;
  /** xxx */
  extend_map?: string;
  /** ip地址 */
  ip?: string;
  /** 活体sdk名字 */
  liveness_sdk_name?: string;
  /** 活体sdk版本 */
  liveness_sdk_version?: string;
  /** 制造商 */
  manufacturer?: string;
  /** 手机型号 */
  mobile_model?: string;
  /** 客户端OS名称 */
  os_name?: string;
  /** os版本号 */
  os_version?: string;
  /** 认证SDK名字 */
  rp_sdk_name?: string;
  /** 认证SDK版本号 */
  rp_sdk_version?: string;
  /** session_id */
  session_id?: string;
  /** 支持 */
  support_neon?: string;
  /** 时间戳 */
  timestamp_info?: string;
  /** 总内存 */
  total_memory?: string;
  /** umid */
  umid?: string;
  /** umid_token */
  umid_token?: string;
  /** 无线端用于风控的wua数据 */
  wua?: string;
  /** 无线端用于风控的token */
  wua_token?: string;
}

/** `RpStartResult` of `alibaba.security.jaq.rp.cloud.start`. */
export interface AlibabaSecurityJaqRpCloudStartRpStartResult {
  /** biz */
  biz?: string;
  /** extraInfo */
  extra_info?: string;
  /** source */
  source?: string;
  /** steps */
  steps?: AlibabaSecurityJaqRpCloudStartRpStepItem[];
  /** uploadToken */
  upload_token?: AlibabaSecurityJaqRpCloudStartStsUploadToken;
}

/** `RpStepItem` of `alibaba.security.jaq.rp.cloud.start`. */
export interface AlibabaSecurityJaqRpCloudStartRpStepItem {
  /** jsonAssist */
  json_assist?: string;
  /** properties */
  properties?: AlibabaSecurityJaqRpCloudStartRpStepProperty[];
  /** stepType */
  step_type?: AlibabaSecurityJaqRpCloudStartRpStepType;
}

/** `RpStepProperty` of `alibaba.security.jaq.rp.cloud.start`. */
export interface AlibabaSecurityJaqRpCloudStartRpStepProperty {
  /** optional */
  optional?: boolean;
  /** property */
  property?: AlibabaSecurityJaqRpCloudStartRpProperty;
}

/** `RpProperty` of `alibaba.security.jaq.rp.cloud.start`. */
export interface AlibabaSecurityJaqRpCloudStartRpProperty {
  /** code */
  code?: Int64;
  /** name */
  name?: string;
}

/** `RpStepType` of `alibaba.security.jaq.rp.cloud.start`. */
export interface AlibabaSecurityJaqRpCloudStartRpStepType {
  /** code */
  code?: Int64;
  /** desc */
  desc?: string;
  /** name */
  name?: string;
}

/** `StsUploadToken` of `alibaba.security.jaq.rp.cloud.start`. */
export interface AlibabaSecurityJaqRpCloudStartStsUploadToken {
  /** accessKeyId */
  access_key_id?: string;
  /** accessKeySecret */
  access_key_secret?: string;
  /** bucketName */
  bucket_name?: string;
  /** endPoint */
  end_point?: string;
  /** expiration */
  expiration?: string;
  /** path */
  path?: string;
  /** token */
  token?: string;
}

const REQUEST_SCHEMA = {
  verify_token: 'String',
  client_info: {
    app_key_info: 'String',
    app_name: 'String',
    app_version: 'String',
    available_memory: 'String',
    client_type: 'String',
    cpu_arch: 'String',
    device_id: 'String',
    extend_map: 'String',
    ip: 'String',
    liveness_sdk_name: 'String',
    liveness_sdk_version: 'String',
    manufacturer: 'String',
    mobile_model: 'String',
    os_name: 'String',
    os_version: 'String',
    rp_sdk_name: 'String',
    rp_sdk_version: 'String',
    session_id: 'String',
    support_neon: 'String',
    timestamp_info: 'String',
    total_memory: 'String',
    umid: 'String',
    umid_token: 'String',
    wua: 'String',
    wua_token: 'String',
  },
  extra_data: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    biz: 'String',
    extra_info: 'String',
    source: 'String',
    steps: [
      {
        json_assist: 'String',
        properties: [
          {
            optional: 'Boolean',
            property: {
              code: 'Number',
              name: 'String',
            },
          },
        ],
        step_type: {
          code: 'Number',
          desc: 'String',
          name: 'String',
        },
      },
    ],
    upload_token: {
      access_key_id: 'String',
      access_key_secret: 'String',
      bucket_name: 'String',
      end_point: 'String',
      expiration: 'String',
      path: 'String',
      token: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.rp.cloud.start`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpCloudStartOperation = {
  method: 'alibaba.security.jaq.rp.cloud.start',
  responseRoot: 'alibaba_security_jaq_rp_cloud_start_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 实人认证云开始认证 — calls TOP method `alibaba.security.jaq.rp.cloud.start`.
 *
 * 聚安全实人认证开始
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpCloudStart(
  client: TopClient,
  request: AlibabaSecurityJaqRpCloudStartRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpCloudStartResponse> {
  return client.call<AlibabaSecurityJaqRpCloudStartResponse>(
    {
      method: 'alibaba.security.jaq.rp.cloud.start',
      responseRoot: 'alibaba_security_jaq_rp_cloud_start_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
