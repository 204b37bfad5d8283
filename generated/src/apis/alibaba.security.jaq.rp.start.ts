// Generated from specs/security/alibaba.security.jaq.rp.start.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.start` (聚安全实人认证开始). */
export interface AlibabaSecurityJaqRpStartRequest {
  /** token */
  verify_token: string;
  /** 客户端信息，如果是服务端接入，里面的参数可为空 */
  client_info: AlibabaSecurityJaqRpStartRpClientInfoInput;
  /** 扩展信息 */
  extra_data?: string | Record<string, unknown>;
}

/** Response of `alibaba.security.jaq.rp.start`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpStartResponse {
  /** 返回结果信息 */
  data?: AlibabaSecurityJaqRpStartRpStartResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpClientInfo` of `alibaba.security.jaq.rp.start`. */
export interface AlibabaSecurityJaqRpStartRpClientInfoInput {
  /** os版本号 */
  os_version?: string;
  /** 总内存 */
  total_memory?: string;
  /** 剩余内存 */
  available_memory?: string;
  /** umid_token */
  umid_token?: string;
  /** 无线端用于风控的token */
  wua_token?: string;
  /** ip地址 */
  ip?: string;
  /** 时间戳 */
  timestamp_info?: string;
  /** 手机型号 */
  mobile_model?: string;
  /** 无线端用于风控的wua数据 */
  wua?: string;
  /** 应用名 */
  app_name?: string;
  /** 活体sdk名字 */
  liveness_sdk_name?: string;
  /** xxx */
  extend_map?: string;
  /** 认证SDK名字 */
  rp_sdk_name?: string;
  /** 应用版本 */
  app_version?: string;
  /** session_id */
  session_id?: string;
  /** 制造商 */
  manufacturer?: string;
  /** 架构 */
  cpu_arch?: string;
  /** 认证SDK版本号 */
  rp_sdk_version?: string;
  /** 活体sdk版本 */
  liveness_sdk_version?: string;
  /** 客户端OS名称 */
  os_name?: string;
  /** 原始设备号 */
  device_id?: string;
  /** appKey */
  app_key_info?: string;
  /** 客户端类别 */
  client_type?: string;
}

/** `RpStartResult` of `alibaba.security.jaq.rp.start`. */
export interface AlibabaSecurityJaqRpStartRpStartResult {
  /** 辅助信息 */
  extra_info?: string;
  /** 客户端来源 */
  source?: string;
  /** 业务点 */
  biz?: string;
  /** 认证步骤对象 */
  steps?: AlibabaSecurityJaqRpStartRpStepItem[];
  /** 上传的token信息 */
  upload_token?: AlibabaSecurityJaqRpStartStsUploadToken;
}

/** `RpStepItem` of `alibaba.security.jaq.rp.start`. */
export interface AlibabaSecurityJaqRpStartRpStepItem {
  /** jsonAssist */
  json_assist?: string;
  /** 步骤信息 */
  properties?: AlibabaSecurityJaqRpStartRpStepProperty[];
  /** stepType */
  step_type?: AlibabaSecurityJaqRpStartRpStepType;
}

/** `RpStepProperty` of `alibaba.security.jaq.rp.start`. */
export interface AlibabaSecurityJaqRpStartRpStepProperty {
  /** 是否可选 */
  is_optional?: boolean;
  /** 材料类别 */
  property?: AlibabaSecurityJaqRpStartRpProperty;
}

/** `RpProperty` of `alibaba.security.jaq.rp.start`. */
export interface AlibabaSecurityJaqRpStartRpProperty {
  /** name */
  name?: string;
  /** code */
  code?: Int64;
}

/** `RpStepType` of `alibaba.security.jaq.rp.start`. */
export interface AlibabaSecurityJaqRpStartRpStepType {
  /** desc */
  desc?: string;
  /** name */
  name?: string;
  /** code */
  code?: Int64;
}

/** `StsUploadToken` of `alibaba.security.jaq.rp.start`. */
export interface AlibabaSecurityJaqRpStartStsUploadToken {
  /** path */
  path?: string;
  /** end_point */
  end_point?: string;
  /** bucket_name */
  bucket_name?: string;
  /** token */
  token?: string;
  /** 过期时间 */
  expiration?: string;
  /** secret */
  access_key_secret?: string;
  /** id */
  access_key_id?: string;
}

const REQUEST_SCHEMA = {
  verify_token: 'String',
  client_info: {
    os_version: 'String',
    total_memory: 'String',
    available_memory: 'String',
    umid_token: 'String',
    wua_token: 'String',
    ip: 'String',
    timestamp_info: 'String',
    mobile_model: 'String',
    wua: 'String',
    app_name: 'String',
    liveness_sdk_name: 'String',
    extend_map: 'String',
    rp_sdk_name: 'String',
    app_version: 'String',
    session_id: 'String',
    manufacturer: 'String',
    cpu_arch: 'String',
    rp_sdk_version: 'String',
    liveness_sdk_version: 'String',
    os_name: 'String',
    device_id: 'String',
    app_key_info: 'String',
    client_type: 'String',
  },
  extra_data: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    extra_info: 'String',
    source: 'String',
    biz: 'String',
    steps: [
      {
        json_assist: 'String',
        properties: [
          {
            is_optional: 'Boolean',
            property: {
              name: 'String',
              code: 'Number',
            },
          },
        ],
        step_type: {
          desc: 'String',
          name: 'String',
          code: 'Number',
        },
      },
    ],
    upload_token: {
      path: 'String',
      end_point: 'String',
      bucket_name: 'String',
      token: 'String',
      expiration: 'String',
      access_key_secret: 'String',
      access_key_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.rp.start`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpStartOperation = {
  method: 'alibaba.security.jaq.rp.start',
  responseRoot: 'alibaba_security_jaq_rp_start_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全实人认证开始 — calls TOP method `alibaba.security.jaq.rp.start`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpStart(
  client: TopClient,
  request: AlibabaSecurityJaqRpStartRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpStartResponse> {
  return client.call<AlibabaSecurityJaqRpStartResponse>(
    {
      method: 'alibaba.security.jaq.rp.start',
      responseRoot: 'alibaba_security_jaq_rp_start_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
