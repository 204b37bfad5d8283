// Generated from specs/jst/taobao.jst.sms.signname.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.signname.create` (淘宝短信签名创建接口). */
export interface TaobaoJstSmsSignnameCreateRequest {
  /** 创建签名入参 */
  add_sms_sign_request?: TaobaoJstSmsSignnameCreateTopAddSmsSignRequestInput;
}

/** Response of `taobao.jst.sms.signname.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsSignnameCreateResponse {
  /** 错误CODE */
  r_code?: string;
  /** 请求是否成功 */
  r_success?: boolean;
  /** 请求成功 */
  module?: boolean;
  /** 失败原因 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopAddSmsSignRequest` of `taobao.jst.sms.signname.create`. */
export interface TaobaoJstSmsSignnameCreateTopAddSmsSignRequestInput {
  /** 签名发送自带【】符号，无须添加【】、()、[]符号，避免重复 不支持如“客户服务”、“友情提醒”等过于宽泛内容、不支持“测试”字样的签名 */
  sign_name: string;
  /** 请输入签名用途（必填）、企业官网链接（可提升通过率） */
  remark: string;
  /** 0--企事业单位的全程或简称 1--已备案网站 2--已上线APP 3--公众号或小程序 4--电商平台店铺名 5--已注册商标名 */
  sign_source: Int64Input;
  /** 上传的证明文件 */
  sign_file_list?: TaobaoJstSmsSignnameCreateSmsFileContentDTOInput[];
}

/** `SmsFileContentDTO` of `taobao.jst.sms.signname.create`. */
export interface TaobaoJstSmsSignnameCreateSmsFileContentDTOInput {
  /** 文件名称 */
  file_name?: string;
  /** 文件大小 */
  file_size?: Int64Input;
  /** 文件后缀名 */
  file_suffix?: string;
  /** 文件Base64转码后的字符串 */
  file_contents?: string;
}

const REQUEST_SCHEMA = {
  add_sms_sign_request: {
    sign_name: 'String',
    remark: 'String',
    sign_source: 'Number',
    sign_file_list: [
      {
        file_name: 'String',
        file_size: 'Number',
        file_suffix: 'String',
        file_contents: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  r_code: 'String',
  r_success: 'Boolean',
  module: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.sms.signname.create`: method, response root, request and response schemas. */
export const taobaoJstSmsSignnameCreateOperation = {
  method: 'taobao.jst.sms.signname.create',
  responseRoot: 'jst_sms_signname_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝短信签名创建接口 — calls TOP method `taobao.jst.sms.signname.create`.
 *
 * 聚石塔短信签名创建接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsSignnameCreate(
  client: TopClient,
  request: TaobaoJstSmsSignnameCreateRequest = {},
  options?: CallOptions,
): Promise<TaobaoJstSmsSignnameCreateResponse> {
  return client.call<TaobaoJstSmsSignnameCreateResponse>(
    {
      method: 'taobao.jst.sms.signname.create',
      responseRoot: 'jst_sms_signname_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
