// Generated from specs/aliqin/alibaba.aliqin.fc.iot.sms.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.iot.sms.send` (物联网短信发送). */
export interface AlibabaAliqinFcIotSmsSendRequest {
  /** 短信接收号码。 */
  rec_num: string;
  /** 短信模板ID，传入的模板必须是在阿里大于“管理中心-短信模板管理”中的可用模板。示例：SMS_585014 */
  sms_template_code: string;
  /** 公共回传参数，在“消息返回”中会透传回该参数；举例：用户可以传入自己下级的会员ID，在消息返回时，该会员ID会包含在内，用户可以根据该会员ID识别是哪位会员使用了你的应用 */
  extend?: string;
  /** 短信模板变量，传参规则{"key":"value"}，key的名字须和申请模板中的变量名一致，多个变量之间以逗号隔开。示例：针对模板“验证码$\{code}，您正在进行$\{product}身份验证，打死不要告诉别人哦！”，传参时需传入{"code":"1234","product":"alidayu"} */
  sms_param?: string | Record<string, unknown>;
  /** 短信类型，传入值请填写normal */
  sms_type: string;
}

/** Response of `alibaba.aliqin.fc.iot.sms.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcIotSmsSendResponse {
  /** 返回值 */
  result?: AlibabaAliqinFcIotSmsSendBizResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BizResult` of `alibaba.aliqin.fc.iot.sms.send`. */
export interface AlibabaAliqinFcIotSmsSendBizResult {
  /** 返回结果 */
  model?: string;
  /** 返回信息描述 */
  msg?: string;
  /** true表示成功，false表示失败 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  rec_num: 'String',
  sms_template_code: 'String',
  extend: 'String',
  sms_param: 'Json',
  sms_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    msg: 'String',
    success: 'Boolean',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.iot.sms.send`: method, response root, request and response schemas. */
export const alibabaAliqinFcIotSmsSendOperation = {
  method: 'alibaba.aliqin.fc.iot.sms.send',
  responseRoot: 'alibaba_aliqin_fc_iot_sms_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物联网短信发送 — calls TOP method `alibaba.aliqin.fc.iot.sms.send`.
 *
 * 发送物联网短信，只允许使用物联网短信模板
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcIotSmsSend(
  client: TopClient,
  request: AlibabaAliqinFcIotSmsSendRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcIotSmsSendResponse> {
  return client.call<AlibabaAliqinFcIotSmsSendResponse>(
    {
      method: 'alibaba.aliqin.fc.iot.sms.send',
      responseRoot: 'alibaba_aliqin_fc_iot_sms_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
