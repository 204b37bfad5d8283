// Generated from specs/tanx/taobao.tanx.audit.depositcreative.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tanx.audit.depositcreative.add` (dsp托管创意新增接口). */
export interface TaobaoTanxAuditDepositcreativeAddRequest {
  /** DSP的memberId */
  member_id: Int64Input;
  /** dsp用户身份认证的TOKEN */
  token: string;
  /** 当前时间戳，1970-01-01后的秒数 */
  sign_time: Int64Input;
  /** 托管创意信息 */
  creative: TaobaoTanxAuditDepositcreativeAddCreativeInfoDTOInput;
}

/** Response of `taobao.tanx.audit.depositcreative.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTanxAuditDepositcreativeAddResponse {
  /** 调用返回码 */
  tanx_error_code?: Int64;
  /** 调用的成功信息或失败信息 */
  message?: string;
  /** 是否成功 */
  is_ok?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreativeInfoDTO` of `taobao.tanx.audit.depositcreative.add`. */
export interface TaobaoTanxAuditDepositcreativeAddCreativeInfoDTOInput {
  /** 创意的类目，多个值用逗号&ldquo;，&rdquo;分隔 */
  creative_category_id?: string;
  /** 创意尺寸，长高中间用小写英文x */
  creative_size?: string;
  /** 创意存储地址 */
  creative_url?: string;
  /** 广告主Id，多值使用&ldquo;,&rdquo;分隔 */
  advertiser_ids?: string;
  /** 创意支持的apiFramework协议,1:VPAID1.0;2:VPAID2.0;3:MARID-1;4:ORMMA;5:1MRAID-2,只能单选，不能多选 */
  api_framework?: string;
  /** (选填)中间跳转地址（比如DSP的点击服务器地址），但跳转后的最终地址必须和click_url一致。 */
  click_through_url?: string;
  /** (选填)点击监控地址，最多3个，多个值用逗号&ldquo;，&rdquo;分隔 */
  click_track_url?: string;
  /** 广告跳转的最终目标页面地址 */
  click_url: string;
  /** dsp系统中的创意id */
  creative_id: string;
  /** 托管创意的名称 */
  creative_name?: string;
  /** 创意时长，单位是毫秒 */
  duration?: Int64Input;
  /** 文件格式, 视频类型：flv、avi、mp4, 图片类型：jpg、png、gif, flash类型：swf等 */
  file_type?: string;
  /** 创意类型 1:文字 2:图片 3:Flash 4:视频贴片 */
  creative_format?: string;
}

const REQUEST_SCHEMA = {
  member_id: 'Number',
  token: 'String',
  sign_time: 'Number',
  creative: {
    creative_category_id: 'String',
    creative_size: 'String',
    creative_url: 'String',
    advertiser_ids: 'String',
    api_framework: 'String',
    click_through_url: 'String',
    click_track_url: 'String',
    click_url: 'String',
    creative_id: 'String',
    creative_name: 'String',
    duration: 'Number',
    file_type: 'String',
    creative_format: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tanx_error_code: 'Number',
  message: 'String',
  is_ok: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tanx.audit.depositcreative.add`: method, response root, request and response schemas. */
export const taobaoTanxAuditDepositcreativeAddOperation = {
  method: 'taobao.tanx.audit.depositcreative.add',
  responseRoot: 'tanx_audit_depositcreative_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * dsp托管创意新增接口 — calls TOP method `taobao.tanx.audit.depositcreative.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTanxAuditDepositcreativeAdd(
  client: TopClient,
  request: TaobaoTanxAuditDepositcreativeAddRequest,
  options?: CallOptions,
): Promise<TaobaoTanxAuditDepositcreativeAddResponse> {
  return client.call<TaobaoTanxAuditDepositcreativeAddResponse>(
    {
      method: 'taobao.tanx.audit.depositcreative.add',
      responseRoot: 'tanx_audit_depositcreative_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
