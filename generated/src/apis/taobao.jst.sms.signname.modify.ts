// Generated from specs/jst/taobao.jst.sms.signname.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.signname.modify` (淘宝短信签名修改). */
export interface TaobaoJstSmsSignnameModifyRequest {
  /** 修改签名入参 */
  modify_sms_sign_request?: TaobaoJstSmsSignnameModifyTopModifySmsSignRequestInput;
}

/** Response of `taobao.jst.sms.signname.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsSignnameModifyResponse {
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

/** `TopModifySmsSignRequest` of `taobao.jst.sms.signname.modify`. */
export interface TaobaoJstSmsSignnameModifyTopModifySmsSignRequestInput {
  /** 要修改的签名,不能修改签名 */
  sign_name: string;
  /** 请输入签名用途（必填）、企业官网链接（可提升通过率） */
  remark: string;
  /** 0--企事业单位的全程或简称 1--已备案网站 2--已上线APP 3--公众号或小程序 4--电商平台店铺名 5--已注册商标名 */
  sign_source: Int64Input;
  /** 上传的证明文件 */
  sign_file_list?: TaobaoJstSmsSignnameModifySmsFileContentDTOInput[];
}

/** `SmsFileContentDTO` of `taobao.jst.sms.signname.modify`. */
export interface TaobaoJstSmsSignnameModifySmsFileContentDTOInput {
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
  modify_sms_sign_request: {
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

/** Static description of `taobao.jst.sms.signname.modify`: method, response root, request and response schemas. */
export const taobaoJstSmsSignnameModifyOperation = {
  method: 'taobao.jst.sms.signname.modify',
  responseRoot: 'jst_sms_signname_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝短信签名修改 — calls TOP method `taobao.jst.sms.signname.modify`.
 *
 * 淘宝短信签名修改，只能修改还未被审核的签名。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsSignnameModify(
  client: TopClient,
  request: TaobaoJstSmsSignnameModifyRequest = {},
  options?: CallOptions,
): Promise<TaobaoJstSmsSignnameModifyResponse> {
  return client.call<TaobaoJstSmsSignnameModifyResponse>(
    {
      method: 'taobao.jst.sms.signname.modify',
      responseRoot: 'jst_sms_signname_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
