// Generated from specs/ascp/alibaba.dchain.isv.wms.orderprocess.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.isv.wms.orderprocess.report` (仓作业信息同步). */
export interface AlibabaDchainIsvWmsOrderprocessReportRequest {
  /** 请求入参 */
  order_process_report_request: AlibabaDchainIsvWmsOrderprocessReportWmsOrderProcessReportRequestInput;
}

/** Response of `alibaba.dchain.isv.wms.orderprocess.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainIsvWmsOrderprocessReportResponse {
  /** 请求出参 */
  order_process_report_response?: AlibabaDchainIsvWmsOrderprocessReportWmsOrderProcessReportResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WmsOrderProcessReportRequest` of `alibaba.dchain.isv.wms.orderprocess.report`. */
export interface AlibabaDchainIsvWmsOrderprocessReportWmsOrderProcessReportRequestInput {
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** ERP调翱象接口创建货品的时间戳 */
  request_time: Int64Input;
  /** 单据信息 */
  order: AlibabaDchainIsvWmsOrderprocessReportOrderInput;
  /** 单据作业信息 */
  process: AlibabaDchainIsvWmsOrderprocessReportProcessInput;
  /** (创建发货单)条件必填 */
  order_lines?: AlibabaDchainIsvWmsOrderprocessReportOrderLineInput[];
  /** 订单标记 ，用字符串格式来表示订单标记列表 */
  order_flag?: string;
  /** 仓库出库，必接； 一个交易子单如果分批次发货，可以拆分多个发货单进行对接。 一个发货单如果分批次发货，分批次回传 */
  confirm_order_lines?: AlibabaDchainIsvWmsOrderprocessReportConfirmOrderLinesInput[];
  /** 出库包裹 */
  confirm_packages?: AlibabaDchainIsvWmsOrderprocessReportConfirmPackagesInput[];
}

/** `Order` of `alibaba.dchain.isv.wms.orderprocess.report`. */
export interface AlibabaDchainIsvWmsOrderprocessReportOrderInput {
  /** ERP单号，sellerId下唯一单号 */
  order_code: string;
  /** WMS单号 */
  order_id?: string;
  /** ERP仓库编码,sellerId下唯一 */
  erp_warehouse_code: string;
  /** 创建时间（时间戳-毫秒）Long，必填 */
  create_time: Int64Input;
  /** 单据类型(JYCK=一般交易出库;HHCK=换货出库;BFCK=补发出库;QTCK=其他出库单) */
  order_type?: string;
  /** 原ERP发货单，条件必填（换货出库/补发出库必须有）； */
  pre_order_code?: string;
}

/** `Process` of `alibaba.dchain.isv.wms.orderprocess.report`. */
export interface AlibabaDchainIsvWmsOrderprocessReportProcessInput {
  /** 作业状态，ACCEPT(仓库接单)、PRINT(打印)、PICK(拣货)、CHECK(复核)、PACKAGE(打包)、CONFIRM(确认出库)", ACCEPT(仓库接单) \CONFIRM(确认出库) 必填；其他条件必填； */
  process_status: string;
  /** 操作时间（时间戳-毫秒），必填 */
  operate_time: Int64Input;
  /** 条件必填，如果多批次出库，则必填 多次发货后确认时;0表示发货单最终状态确认;1表示发货单中间状态确认 */
  confirm_type?: Int64Input;
  /** 物流方式，默认2:自己联系物流发货； 2: 自己联系物流 3: 无需物流 */
  logistics_type?: string;
}

/** `OrderLine` of `alibaba.dchain.isv.wms.orderprocess.report`. */
export interface AlibabaDchainIsvWmsOrderprocessReportOrderLineInput {
  /** 交易主单号，必填 */
  source_order_code?: string;
  /** 交易子单号，必填 */
  sub_source_order_code?: string;
  /** 货品编码id，必填 */
  sc_item_id?: string;
  /** 应发货品数量，必填 */
  plan_qty?: Int64Input;
  /** ERP发货单的单据行号 */
  order_line_no?: string;
}

/** `ConfirmOrderLines` of `alibaba.dchain.isv.wms.orderprocess.report`. */
export interface AlibabaDchainIsvWmsOrderprocessReportConfirmOrderLinesInput {
  /** 交易主单号 */
  source_order_code?: string;
  /** 交易子单号 */
  sub_source_order_code?: string;
  /** 单据行号，与order_lines中的order_line_no需要对应 */
  order_line_no?: string;
  /** ERP子货品编码（可以跟接单时不一致） */
  sc_item_id?: string;
  /** 实发数量 */
  actual_qty?: Int64Input;
}

/** `ConfirmPackages` of `alibaba.dchain.isv.wms.orderprocess.report`. */
export interface AlibabaDchainIsvWmsOrderprocessReportConfirmPackagesInput {
  /** 物流公司编码(SF=顺丰、EMS=标准快递、EYB=经济快件、ZJS=宅急送、YTO=圆通、ZTO=中通 (ZTO)、HTKY=百世汇通、 UC=优速、STO=申通、TTKDEX=天天快递、QFKD=全峰、FAST=快捷、POSTB=邮政小包、GTO=国通、YUNDA=韵达、JD=京东配送、DD=当当宅配、 AMAZON=亚马逊物流、OTHERS=其他；只传英文编码) */
  logistics_code?: string;
  /** 运单号 */
  express_code?: string;
  /** 运单内所包含的所有货品（与翱象对接的货品编码） */
  sc_items?: AlibabaDchainIsvWmsOrderprocessReportScItemsInput[];
}

/** `ScItems` of `alibaba.dchain.isv.wms.orderprocess.report`. */
export interface AlibabaDchainIsvWmsOrderprocessReportScItemsInput {
  /** 单据行号，与order_lines中的order_line_no需要对应 */
  order_line_no?: string;
  /** 子件运单号，如果有子母件可填 */
  sub_express_code?: string;
  /** 包裹内ERP子货品编码 */
  sc_item_id?: string;
  /** 包裹内实发货品数量 */
  quantity?: Int64Input;
}

/** `WmsOrderProcessReportResponse` of `alibaba.dchain.isv.wms.orderprocess.report`. */
export interface AlibabaDchainIsvWmsOrderprocessReportWmsOrderProcessReportResponse {
  /** 返回码 */
  code?: string;
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
  /** traceId，类似于requestId */
  trace_id?: string;
}

const REQUEST_SCHEMA = {
  order_process_report_request: {
    request_id: 'String',
    request_time: 'Number',
    order: {
      order_code: 'String',
      order_id: 'String',
      erp_warehouse_code: 'String',
      create_time: 'Number',
      order_type: 'String',
      pre_order_code: 'String',
    },
    process: {
      process_status: 'String',
      operate_time: 'Number',
      confirm_type: 'Number',
      logistics_type: 'String',
    },
    order_lines: [
      {
        source_order_code: 'String',
        sub_source_order_code: 'String',
        sc_item_id: 'String',
        plan_qty: 'Number',
        order_line_no: 'String',
      },
    ],
    order_flag: 'String',
    confirm_order_lines: [
      {
        source_order_code: 'String',
        sub_source_order_code: 'String',
        order_line_no: 'String',
        sc_item_id: 'String',
        actual_qty: 'Number',
      },
    ],
    confirm_packages: [
      {
        logistics_code: 'String',
        express_code: 'String',
        sc_items: [
          {
            order_line_no: 'String',
            sub_express_code: 'String',
            sc_item_id: 'String',
            quantity: 'Number',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order_process_report_response: {
    code: 'String',
    success: 'Boolean',
    message: 'String',
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.isv.wms.orderprocess.report`: method, response root, request and response schemas. */
export const alibabaDchainIsvWmsOrderprocessReportOperation = {
  method: 'alibaba.dchain.isv.wms.orderprocess.report',
  responseRoot: 'alibaba_dchain_isv_wms_orderprocess_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓作业信息同步 — calls TOP method `alibaba.dchain.isv.wms.orderprocess.report`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainIsvWmsOrderprocessReport(
  client: TopClient,
  request: AlibabaDchainIsvWmsOrderprocessReportRequest,
  options?: CallOptions,
): Promise<AlibabaDchainIsvWmsOrderprocessReportResponse> {
  return client.call<AlibabaDchainIsvWmsOrderprocessReportResponse>(
    {
      method: 'alibaba.dchain.isv.wms.orderprocess.report',
      responseRoot: 'alibaba_dchain_isv_wms_orderprocess_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
