// Generated from specs/alihealthoutflow/alibaba.alihealth.rx.ca.doctor.status.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.rx.ca.doctor.status.save` (ca认证获取医师认证结果). */
export interface AlibabaAlihealthRxCaDoctorStatusSaveRequest {
  /** 入参实体 */
  doctor_status_dto?: AlibabaAlihealthRxCaDoctorStatusSaveDoctorStatusDTOInput;
}

/** Response of `alibaba.alihealth.rx.ca.doctor.status.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthRxCaDoctorStatusSaveResponse {
  /** 出参 */
  data?: boolean;
  /** 错误code */
  exception_code?: string;
  /** 错误信息 */
  exception_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DoctorStatusDTO` of `alibaba.alihealth.rx.ca.doctor.status.save`. */
export interface AlibabaAlihealthRxCaDoctorStatusSaveDoctorStatusDTOInput {
  /** 审核拒绝原因/证书信息 */
  note?: string;
  /** 用户同步状态 0：身份审核通过 1：证书签发 2：设置签章 3：用户注销 4：申请拒绝 5：用户停用 6：修改手机号 7：用户启用 9：用户删除 */
  process?: string;
  /** 第三方厂商标识（必填） */
  client_id?: string;
  /** 医网信医师唯一标识 */
  open_id: string;
  /** 整体参数签名值 */
  sign?: string;
  /** 仅当process为2时，会回调签章图片base64 */
  stamp?: string;
  /** 用户手机号 */
  phone_num?: string;
  /** 操作时间，yyyy-MM-dd HH:mm:ss */
  time?: string;
  /** 仅当process为2时，会回调签章状态 10：待审核 11：签章审核通过 */
  stamp_status?: string;
  /** 订阅服务ID（必填） */
  service_id?: Int64Input;
  /** 模板ID（必填） */
  template_id?: string;
}

const REQUEST_SCHEMA = {
  doctor_status_dto: {
    note: 'String',
    process: 'String',
    client_id: 'String',
    open_id: 'String',
    sign: 'String',
    stamp: 'String',
    phone_num: 'String',
    time: 'String',
    stamp_status: 'String',
    service_id: 'Number',
    template_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
  exception_code: 'String',
  exception_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.rx.ca.doctor.status.save`: method, response root, request and response schemas. */
export const alibabaAlihealthRxCaDoctorStatusSaveOperation = {
  method: 'alibaba.alihealth.rx.ca.doctor.status.save',
  responseRoot: 'alibaba_alihealth_rx_ca_doctor_status_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ca认证获取医师认证结果 — calls TOP method `alibaba.alihealth.rx.ca.doctor.status.save`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthRxCaDoctorStatusSave(
  client: TopClient,
  request: AlibabaAlihealthRxCaDoctorStatusSaveRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthRxCaDoctorStatusSaveResponse> {
  return client.call<AlibabaAlihealthRxCaDoctorStatusSaveResponse>(
    {
      method: 'alibaba.alihealth.rx.ca.doctor.status.save',
      responseRoot: 'alibaba_alihealth_rx_ca_doctor_status_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
