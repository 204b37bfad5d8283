// Generated from specs/tanx/taobao.tanx.audit.creative.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tanx.audit.creative.add` (创意预审新增接口). */
export interface TaobaoTanxAuditCreativeAddRequest {
  /** DSP的memberId */
  member_id: Int64Input;
  /** dsp用户身份认证的TOKEN */
  token: string;
  /** 当前时间戳，1970-01-01后的秒数 */
  sign_time: Int64Input;
  /** 预审核创意对象 */
  creative: TaobaoTanxAuditCreativeAddCreativeParamDTOInput;
}

/** Response of `taobao.tanx.audit.creative.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTanxAuditCreativeAddResponse {
  /** 调用的成功信息或失败信息 */
  message?: string;
  /** 调用返回码 */
  tanx_error_code?: Int64;
  /** 是否成功 */
  is_ok?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreativeParamDTO` of `taobao.tanx.audit.creative.add`. */
export interface TaobaoTanxAuditCreativeAddCreativeParamDTOInput {
  /** dsp系统中的创意id */
  creative_id: string;
  /** 创意尺寸，长高中间用小写英文x */
  adboard_size: string;
  /** 广告类目 */
  adboard_type: string;
  /** 敏感词类目 */
  sensitive_type?: string;
  /** 创意代码。creative_package_format为5, dis_type=2时，对应的值为标准json，支持的字段为：adwords,clickUrl,imgUrl,landingType,price,promoprice,sell,title如：{"clickUrl":"http://click.mz.simba.taobao.com/","title":"老板电器旗舰店&mdash;钜惠风暴席卷月！","promoprice":"188.88","sell":"56", "adwords":"精选店铺，优惠无止尽！"} */
  adboard_data: string;
  /** 目标地址 */
  destination_url: string;
  /** 创意封装类型：1 Htmlsnippet(pc网页),2 vast-nonlinear（视频暂停）,5 无线创意, 8 移动网页 */
  creative_package_format?: Int64Input;
  /** 广告主id,多值使用逗号分隔 */
  advertiser_ids?: string;
  /** 创意类型。1. mraid, 2. native, 3.H5，4.富媒体 */
  dis_type?: Int64Input;
  /** 模板Id */
  template_id?: string;
}

const REQUEST_SCHEMA = {
  member_id: 'Number',
  token: 'String',
  sign_time: 'Number',
  creative: {
    creative_id: 'String',
    adboard_size: 'String',
    adboard_type: 'String',
    sensitive_type: 'String',
    adboard_data: 'String',
    destination_url: 'String',
    creative_package_format: 'Number',
    advertiser_ids: 'String',
    dis_type: 'Number',
    template_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  tanx_error_code: 'Number',
  is_ok: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tanx.audit.creative.add`: method, response root, request and response schemas. */
export const taobaoTanxAuditCreativeAddOperation = {
  method: 'taobao.tanx.audit.creative.add',
  responseRoot: 'tanx_audit_creative_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创意预审新增接口 — calls TOP method `taobao.tanx.audit.creative.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTanxAuditCreativeAdd(
  client: TopClient,
  request: TaobaoTanxAuditCreativeAddRequest,
  options?: CallOptions,
): Promise<TaobaoTanxAuditCreativeAddResponse> {
  return client.call<TaobaoTanxAuditCreativeAddResponse>(
    {
      method: 'taobao.tanx.audit.creative.add',
      responseRoot: 'tanx_audit_creative_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
