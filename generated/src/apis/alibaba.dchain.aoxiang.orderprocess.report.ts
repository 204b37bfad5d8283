// Generated from specs/ascp/alibaba.dchain.aoxiang.orderprocess.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.orderprocess.report` (回传仓内作业节点). */
export interface AlibabaDchainAoxiangOrderprocessReportRequest {
  /** 单据作业状态回传参数 */
  orderprocess_report_request: AlibabaDchainAoxiangOrderprocessReportOrderProcessReportRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.orderprocess.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangOrderprocessReportResponse {
  /** 回传结果 */
  orderprocess_report_response?: AlibabaDchainAoxiangOrderprocessReportOrderProcessReportResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderProcessReportRequest` of `alibaba.dchain.aoxiang.orderprocess.report`. */
export interface AlibabaDchainAoxiangOrderprocessReportOrderProcessReportRequestInput {
  /** 单据信息 */
  order: AlibabaDchainAoxiangOrderprocessReportOrderInput;
  /** 单据作业信息 */
  process: AlibabaDchainAoxiangOrderprocessReportProcessInput;
  /** 单据行 */
  order_lines: AlibabaDchainAoxiangOrderprocessReportOrderLineInput[];
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 业务请求时间（时间戳） */
  request_time: Int64Input;
}

/** `Order` of `alibaba.dchain.aoxiang.orderprocess.report`. */
export interface AlibabaDchainAoxiangOrderprocessReportOrderInput {
  /** ERP单号 */
  order_code: string;
  /** WMS单号 */
  order_id: string;
  /** 单据类型, string (50) ,必填 , JYCK= 一般交易出库单，HHCK= 换货出库 ，BFCK= 补发出库，PTCK=普通出库单，DBCK=调拨出库 ，B2BRK=B2B入库，B2BCK=B2B出库，QTCK=其他出库，SCRK=生产入库，LYRK=领用入库，CCRK=残次品入库，CGRK=采购入库 ，DBRK= 调拨入库 ，QTRK= 其他入库 ，XTRK= 销退入库，HHRK= 换货入库，CNJG= 仓内加工单，BIGTOBCK=大B2B出库 */
  order_type: string;
  /** 仓库编码 */
  warehouse_code: string;
  /** 订单来源平台编码(TB= 淘宝 、TM=天猫 、JD=京东、DD=当当、PP=拍拍、YX=易讯、EBAY=ebay、QQ=QQ网购、AMAZON=亚马逊、SN=苏宁、GM=国美、WPH=唯品会、JM=聚美、LF=乐蜂、MGJ=蘑菇街、JS=聚尚、PX=拍鞋、YT=银泰、YHD=1号店、VANCL=凡客、YL=邮乐、YG=优购、1688=阿里巴巴、TGC=淘工厂、POS=POS门店、MIA=蜜芽、GW=商家官网、CT=村淘、YJWD=云集微店、PDD=拼多多、YZ=有赞、DY=抖音、KS=快手、TXP=淘小铺、FX=分销、XHS=小红书、DW=得物、DWZF=得物直发、TMGJ=天猫国际、TMCS=天猫超市、OTHERS=其他) */
  source_platform_code: string;
  /** 订单来源平台名称 */
  source_platform_name: string;
  /** 店铺名称 */
  shop_nick: string;
  /** 创建时间（时间戳） */
  create_time: Int64Input;
}

/** `Process` of `alibaba.dchain.aoxiang.orderprocess.report`. */
export interface AlibabaDchainAoxiangOrderprocessReportProcessInput {
  /** 作业状态，ACCEPT(接单)、PRINT(打印)、PICK(拣货)、CHECK(复核)、PACKAGE(打包)、CONFIRM(确认出库) */
  process_status: string;
  /** 操作时间（时间戳） */
  operate_time: Int64Input;
  /** 创建发货单时的配编码 */
  logistics_code: string;
  /** 包裹确认出库的时候必填 */
  packages?: AlibabaDchainAoxiangOrderprocessReportPackageInput[];
}

/** `Package` of `alibaba.dchain.aoxiang.orderprocess.report`. */
export interface AlibabaDchainAoxiangOrderprocessReportPackageInput {
  /** 实际发货的配编码 */
  logistics_code?: string;
  /** 运单号 */
  express_code?: string;
  /** 货品编码 */
  item_code?: string;
  /** 发货数量 */
  quantity?: Int64Input;
}

/** `OrderLine` of `alibaba.dchain.aoxiang.orderprocess.report`. */
export interface AlibabaDchainAoxiangOrderprocessReportOrderLineInput {
  /** 交易主单号 */
  source_order_code: string;
  /** 交易子单号 */
  sub_source_order_code: string;
  /** 货主编码。ERP对接场景下，传ERP内部的商家编码或者淘系的sellerId */
  owner_code: string;
  /** 货品编码 */
  item_code: string;
  /** 应发货品数量 */
  plan_qty: Int64Input;
}

/** `OrderProcessReportResponse` of `alibaba.dchain.aoxiang.orderprocess.report`. */
export interface AlibabaDchainAoxiangOrderprocessReportOrderProcessReportResponse {
  /** traceId，类似于requestId */
  trace_id?: string;
  /** 返回码 */
  code?: string;
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  orderprocess_report_request: {
    order: {
      order_code: 'String',
      order_id: 'String',
      order_type: 'String',
      warehouse_code: 'String',
      source_platform_code: 'String',
      source_platform_name: 'String',
      shop_nick: 'String',
      create_time: 'Number',
    },
    process: {
      process_status: 'String',
      operate_time: 'Number',
      logistics_code: 'String',
      packages: [
        {
          logistics_code: 'String',
          express_code: 'String',
          item_code: 'String',
          quantity: 'Number',
        },
      ],
    },
    order_lines: [
      {
        source_order_code: 'String',
        sub_source_order_code: 'String',
        owner_code: 'String',
        item_code: 'String',
        plan_qty: 'Number',
      },
    ],
    request_id: 'String',
    request_time: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  orderprocess_report_response: {
    trace_id: 'String',
    code: 'String',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.orderprocess.report`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangOrderprocessReportOperation = {
  method: 'alibaba.dchain.aoxiang.orderprocess.report',
  responseRoot: 'alibaba_dchain_aoxiang_orderprocess_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回传仓内作业节点 — calls TOP method `alibaba.dchain.aoxiang.orderprocess.report`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangOrderprocessReport(
  client: TopClient,
  request: AlibabaDchainAoxiangOrderprocessReportRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangOrderprocessReportResponse> {
  return client.call<AlibabaDchainAoxiangOrderprocessReportResponse>(
    {
      method: 'alibaba.dchain.aoxiang.orderprocess.report',
      responseRoot: 'alibaba_dchain_aoxiang_orderprocess_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
